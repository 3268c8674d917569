package app.saidwho.attribution;

import java.util.Optional;
import java.util.Set;

/** Finds the source mention of a cue: its subject on the left, or after it in inversion ("said Lopez"). */
final class SourceFinder {
    private static final Set<String> SKIPPABLE = Set.of("also", "has", "have", "had", "is", "was", "were", "are",
            "will", "would", "could", "can", "may", "might", "should", "did", "does", "do", "reportedly", "later",
            "then", "previously", "recently", "repeatedly", "publicly", "once", "again", "further", "privately",
            "earlier", "already", "often", "frequently", "just", "even", "still", "first", "initially", "since",
            "been", "be", "being", "quickly", "flatly", "openly", "explicitly", "simply", "finally", "ultimately",
            "himself", "herself", "themselves", "itself");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "neither", "nor", "no", "cannot");

    /** A found source: the mention, and for a relative pronoun ("who") the phrase it stands for. */
    record Found(Phrase mention, Phrase antecedent, boolean inverted) {
    }

    private SourceFinder() {
    }

    static Optional<Found> before(Sentence s, int cue) {
        int j = cue - 1;
        boolean passive = false;
        boolean carried = false;
        while (j >= 0) {
            Token t = s.token(j);
            if (NEGATIONS.contains(t.lower())) {
                return Optional.empty();
            }
            passive |= !carried && t.isWord("was", "were", "is", "are", "be", "been", "being", "get", "got")
                    && !s.token(cue).lower().endsWith("ing");
            if (SKIPPABLE.contains(t.lower()) && !(t.is("PROPN") && t.isCapitalised()) || t.is("AUX") || (t.is("ADV") && !t.isWord("however", "so"))) {
                j--;
            } else if (isDate(t)) {
                // "Axelrod on Wednesday called …": the day is when, not who.
                j -= j > 0 && s.token(j - 1).isWord("on", "in", "last", "this") ? 2 : 1;
            } else if (timePhraseStart(s, j) >= 0) {
                // "Berg at the time said", "Ruiz in the past has criticized", "Lee last week said"
                j = timePhraseStart(s, j) - 1;
            } else if (t.isWord("to", "by") && j >= 1 && carriesOn(s, j - 1) >= 0) {
                // "went on to say", "was quick to add", "continued by saying": the subject of the first verb.
                j = carriesOn(s, j - 1);
                carried = true;
            } else if (t.text().equals(")")) {
                j = openingBracket(s, j) - 1;
            } else if (t.isWord("and", "but") && j - 1 >= 0 && (s.token(j - 1).is("VERB") || s.token(j - 1).is("ADV"))) {
                j = skipCoordinatedVerb(s, j - 1);
            } else if (t.isWord("and", "but") && j >= 2 && s.token(j - 1).text().equals(",")) {
                // "Carson did not name them, but told his supporters": the sentence's subject.
                return sentenceSubject(s, j - 1);
            } else if (t.isWord("and", "but") && verbWithObjectBefore(s, j) >= 0) {
                // "Clinton shook her head and said": the subject of the first verb says it.
                j = skipCoordinatedVerb(s, verbWithObjectBefore(s, j));
            } else if (t.text().equals(",") && j >= 2 && s.token(j - 1).isWord("however", "though", "too", "meanwhile",
                    "instead", "though") && s.token(j - 2).text().equals(",")) {
                j -= 3;
            } else {
                break;
            }
        }
        if (j < 0 || passive) {
            return Optional.empty();
        }
        if (s.token(j).text().equals(",") && j >= 1 && s.token(j - 1).text().equals(")")) {
            // "Gov. John Kasich (R-OH), said"
            j = openingBracket(s, j - 1) - 1;
            if (j < 0) {
                return Optional.empty();
            }
        }
        if (isInsertionMark(s.token(j))) {
            return appositive(s, j);
        }
        Optional<Phrase> phrase = NounPhrases.endingAt(s, j).filter(NounPhrases::canBeSubject);
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        Phrase mention = phrase.get();
        if (mention.hasWord("neither", "nor", "no")
                || mention.first() > 0 && s.token(mention.first() - 1).isWord("neither", "nor", "not")) {
            return Optional.empty();
        }
        if (NounPhrases.RELATIVE.contains(mention.head().lower()) && mention.size() == 1) {
            int k = mention.first() - 1;
            if (k >= 0 && s.token(k).text().equals(",")) {
                k--;
            }
            return Optional.of(new Found(mention, NounPhrases.endingAt(s, k).orElse(null), false));
        }
        return Optional.of(new Found(mention, null, false));
    }

    /** "Jane Holt, a Democrat and a critic of the mayor, had labelled ...": skip the inserted phrase. */
    private static Optional<Found> appositive(Sentence s, int closingComma) {
        int quoteMarks = 0;
        int firstMark = -1;
        Phrase best = null;
        for (int k = closingComma - 1; k > 0 && closingComma - k <= 30; k--) {
            Token t = s.token(k);
            if (t.isQuoteMark() && ++quoteMarks > 2) {
                // A quoted title inside the insertion is passed over; a third mark is the quotation itself.
                break;
            }
            if (!isInsertionMark(t)) {
                continue;
            }
            firstMark = firstMark < 0 ? k : firstMark;
            int end = s.token(k - 1).text().equals(")") ? openingBracket(s, k - 1) - 1 : k - 1;
            Optional<Phrase> named = NounPhrases.endingAt(s, end)
                    .filter(p -> p.head().is("PROPN") || NounPhrases.isPersonalPronoun(p.head()) || p.first() == 0);
            if (named.isPresent()) {
                boolean place = named.get().first() > 0 && s.token(named.get().first() - 1).is("ADP");
                if (best == null || !place) {
                    // "Cecily Purn, 67, a clerk in Allentown, Pa., said": the leftmost name, not the place.
                    best = named.get();
                }
                if (!place) {
                    break;
                }
            } else if (best == null && k == firstMark) {
                // "Another delegate on the slate, Jim Poolman, said": the name set off by commas.
                final int opening = k;
                Optional<Phrase> inner = NounPhrases.endingAt(s, closingComma - 1)
                        .filter(p -> p.first() == opening + 1 && p.head().is("PROPN"));
                if (inner.isPresent()) {
                    return inner.map(p -> new Found(p, null, false));
                }
            }
        }
        return Optional.ofNullable(best).map(p -> new Found(p, null, false));
    }

    private static final Set<String> DATES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "january", "february", "march", "april", "june",
            "july", "august", "september", "october", "november", "december");
    // "May" stays out: Theresa May.

    static boolean isDate(Token t) {
        return DATES.contains(t.lower()) && (t.is("PROPN") || t.is("NOUN") || t.isCapitalised());
    }

    /** "(R-Ohio)" after a name: the index of its opening bracket, or -1. */
    static int openingBracket(Sentence s, int closing) {
        for (int k = closing - 1; k >= 0 && closing - k <= 8; k--) {
            if (s.token(k).text().equals("(")) {
                return k;
            }
        }
        return -1;
    }

    /** Commas and dashes set off an inserted phrase: "Jason Sims — a teacher from Ohio — says". */
    private static boolean isInsertionMark(Token t) {
        return t.text().equals(",") || t.text().equals("—") || t.text().equals("–") || t.text().equals("--");
    }

    private static final Set<String> TIME_NOUNS = Set.of("time", "past", "point", "week", "weeks", "month", "months",
            "year", "years", "day", "days", "moment", "night", "morning", "afternoon", "evening", "decade", "weekend");

    /**
     * The first token of a phrase of time ending at {@code end} ("at the time", "last week", "in 2006"), when it
     * is introduced by a preposition or "last"/"this"/"next"; otherwise -1.
     */
    private static int timePhraseStart(Sentence s, int end) {
        Token head = s.token(end);
        boolean year = head.is("NUM") && head.text().matches("(19|20)\\d\\d");
        if (!TIME_NOUNS.contains(head.lower()) && !year) {
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
    private static int carriesOn(Sentence s, int k) {
        int j = k;
        if (s.token(j).isWord("on") && j >= 1) {
            j--;
        }
        Token t = s.token(j);
        boolean carrier = t.is("VERB") && t.isWord("went", "goes", "go", "continued", "continues", "proceeded", "began",
                "started", "followed", "responded", "replied", "reacted", "ended", "closed", "opened", "concluded")
                || t.isWord("quick", "quicker", "eager", "careful", "keen", "first", "last", "able");
        return carrier ? j - 1 : -1;
    }

    /** The verb of "shook her head" before a conjunction, or -1 when a clause or list comes first. */
    private static int verbWithObjectBefore(Sentence s, int conjunction) {
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

    private static int skipCoordinatedVerb(Sentence s, int verb) {
        int j = verb;
        while (j >= 0 && (s.token(j).is("VERB") || s.token(j).is("ADV") || s.token(j).is("AUX"))) {
            j--;
        }
        return j;
    }

    /** Inversion: a name or pronoun right after the cue, closing the clause ("…," said Lopez, "…"). */
    static Optional<Found> after(Sentence s, int cue) {
        return NounPhrases.startingAt(s, cue + 1)
                .filter(p -> p.has("PROPN") || NounPhrases.isPersonalPronoun(p.head())
                        || p.has("NOUN") && (s.token(p.first()).is("DET") || s.token(p.first()).is("NUM")))
                .filter(p -> !p.hasWord("that"))
                .filter(p -> p.last() + 1 >= s.size() || closesInvertedSource(s.token(p.last() + 1)))
                .map(p -> new Found(p, null, true));
    }

    /** What may follow an inverted source: punctuation, a preposition, "as he left", "who runs …". */
    private static boolean closesInvertedSource(Token next) {
        return next.is("PUNCT") || next.is("ADP") || next.is("SCONJ") || next.isWord("who", "while", "as", "when")
                || next.isWord("familiar", "close", "knowledgeable", "involved", "speaking", "briefed", "known");
    }

    /** The subject that opens the sentence: who is "saying" in "Trump hit back, saying …". */
    static Optional<Found> sentenceSubject(Sentence s, int before) {
        int start = afterOpeningPhrase(s, afterOpeningQuotation(s), before);
        for (int k = start; k < before; k++) {
            Token t = s.token(k);
            if ((t.is("VERB") || t.is("AUX")) && k > 0) {
                int end = k - 1;
                while (end > 0 && (s.token(end).is("ADV") || isDate(s.token(end)))) {
                    // "Trump on Thursday ratcheted up …"
                    end -= isDate(s.token(end)) && s.token(end - 1).isWord("on", "last", "this") ? 2 : 1;
                }
                Optional<Phrase> subject = NounPhrases.endingAt(s, end).filter(NounPhrases::canBeSubject)
                        .filter(p -> p.first() <= 2 || s.token(p.first() - 1).text().equals(","));
                subject = subject.filter(p -> p.first() >= start);
                if (subject.isPresent() || !s.token(k - 1).text().equals(",")) {
                    // "Speaking in Salem, Trump went after Bush": an opening phrase set off by a comma is passed over.
                    return subject.map(p -> new Found(p, null, false));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Responding to the plan to bar visitors, her adviser rallied supporters, saying: …": an opening phrase
     * (a participle, a preposition, a subordinate clause) up to its comma holds no subject.
     */
    private static int afterOpeningPhrase(Sentence s, int start, int before) {
        if (start >= s.size() || !(s.token(start).is("VERB") || s.token(start).is("ADP") || s.token(start).is("SCONJ")
                || s.token(start).lower().endsWith("ing"))) {
            return start;
        }
        for (int k = start + 1; k < before && k - start <= 25; k++) {
            if (s.token(k).text().equals(",")) {
                return k + 1;
            }
        }
        return start;
    }

    /** "“I hate it,” she said, but added …": the subject comes after a quotation that opens the sentence. */
    private static int afterOpeningQuotation(Sentence s) {
        if (s.size() == 0 || !s.token(0).isQuoteMark()) {
            return 0;
        }
        for (int k = 1; k < s.size(); k++) {
            if (s.token(k).isQuoteMark()) {
                return k + 1;
            }
        }
        return 0;
    }

    static boolean negated(Sentence s, int cue) {
        for (int j = cue - 1; j >= 0 && j >= cue - 3; j--) {
            if (NEGATIONS.contains(s.token(j).lower())) {
                return true;
            }
        }
        return false;
    }
}
