package app.saidwho.attribution;

/**
 * What may stand between a subject and its cue and is passed over on the way back from the cue: dates,
 * phrases of time, "went on to", a first verb with its object ("shook her head and said").
 */
final class SubjectGaps {
    private SubjectGaps() {
    }

    /** An auxiliary, adverb or reflexive of the skippable list ("has also", "himself"), not a name. */
    static boolean isSkippable(Token t) {
        return Words.SKIPPABLE.contains(t.lower()) && !(t.is("PROPN") && t.isCapitalised()) || t.is("AUX")
                || (t.is("ADV") && !t.isWord("however", "so"));
    }


    static boolean isDate(Token t) {
        return Words.DATES.contains(t.lower()) && (t.is("PROPN") || t.is("NOUN") || t.isCapitalised());
    }


    /**
     * The first token of a phrase of time ending at {@code end} ("at the time", "last week", "in 2006"), when it
     * is introduced by a preposition or "last"/"this"/"next"; otherwise -1.
     */
    static int timePhraseStart(Sentence s, int end) {
        Token head = s.token(end);
        boolean year = head.is("NUM") && head.text().matches("(19|20)\\d\\d");
        if (!Words.TIME_NOUNS.contains(head.lower()) && !year) {
            return -1;
        }
        int k = end - 1;
        while (k >= 0 && (s.token(k).is("DET") || s.token(k).is("ADJ") || s.token(k).is("NUM"))) {
            k--;
        }
        if (k >= 1 && s.token(k).isWord("at", "in", "on", "for", "over", "during", "since", "last", "this", "next", "that")) {
            return k;
        }
        return k + 1 < end && s.token(k + 1).isWord("last", "this", "next") ? k + 1 : -1;
    }

    /** Before "to say" or "by saying": the index before "went on", "was quick", "continued", or -1. */
    static int carriesOn(Sentence s, int k) {
        int j = k;
        if (s.token(j).isWord("on") && j >= 1) {
            j--;
        }
        Token t = s.token(j);
        boolean carrier = t.is("VERB") && Words.CARRIER_VERBS.contains(t.lower())
                || Words.CARRIER_ADJECTIVES.contains(t.lower());
        return carrier ? j - 1 : -1;
    }

    /** The verb of "shook her head" before a conjunction, or -1 when a clause or list comes first. */
    static int verbWithObjectBefore(Sentence s, int conjunction) {
        for (int k = conjunction - 1; k >= 0 && conjunction - k <= 6; k--) {
            Token t = s.token(k);
            if (t.is("VERB")) {
                return k > 0 && !s.token(k - 1).is("PUNCT") ? k : -1;
            }
            if (t.is("PUNCT") || t.is("SCONJ") || t.is("CCONJ") || t.isQuoteMark()) {
                return -1;
            }
        }
        return -1;
    }

    static int skipCoordinatedVerb(Sentence s, int verb) {
        int j = verb;
        while (j >= 0 && (s.token(j).is("VERB") || s.token(j).is("ADV") || s.token(j).is("AUX"))) {
            j--;
        }
        return j;
    }
}
