package app.saidwho.attribution;

import java.util.Optional;

/** Finds the source mention of a cue: its subject on the left, or after it in inversion ("said Lopez"). */
final class SourceFinder {
    /** How many lower-case words may describe a person named after an inverted cue. */
    private static final int MAX_DESCRIPTION = 6;

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
            if (Words.NEGATIONS.contains(t.lower())) {
                return Optional.empty();
            }
            passive |= !carried && t.isWord("was", "were", "is", "are", "be", "been", "being", "get", "got")
                    && !s.token(cue).lower().endsWith("ing");
            if (SubjectGaps.isSkippable(t)) {
                j--;
            } else if (SubjectGaps.isDate(t)) {
                // "Axelrod on Wednesday called …": the day is when, not who.
                j -= j > 0 && s.token(j - 1).isWord("on", "in", "last", "this") ? 2 : 1;
            } else if (SubjectGaps.timePhraseStart(s, j) >= 0) {
                // "Berg at the time said", "Ruiz in the past has criticized", "Lee last week said"
                j = SubjectGaps.timePhraseStart(s, j) - 1;
            } else if (t.isWord("to", "by") && j >= 1 && SubjectGaps.carriesOn(s, j - 1) >= 0) {
                // "went on to say", "was quick to add", "continued by saying": the subject of the first verb.
                j = SubjectGaps.carriesOn(s, j - 1);
                carried = true;
            } else if (t.text().equals(")")) {
                j = Appositives.openingBracket(s, j) - 1;
            } else if (t.isWord("released", "conducted", "published", "issued", "taken") && j >= 1
                    && Words.REPORT_HEADS.contains(s.token(j - 1).lower())) {
                j--; // "A Quinnipiac poll released Monday found": the poll finds.
            } else if (t.isWord("both") && j >= 1 && s.token(j - 1).is("PROPN")) {
                j--; // "Ames and Jo Bell both said"

            } else if (t.isWord("and", "but") && j - 1 >= 0 && (s.token(j - 1).is("VERB") || s.token(j - 1).is("ADV"))) {
                j = SubjectGaps.skipCoordinatedVerb(s, j - 1);
            } else if (t.isWord("and", "but") && j >= 2 && s.token(j - 1).text().equals(",")) {
                // "Carson did not name them, but told his supporters": the sentence's subject.
                return sentenceSubject(s, j - 1);
            } else if (t.isWord("and", "but") && SubjectGaps.verbWithObjectBefore(s, j) >= 0) {
                // "Clinton shook her head and said": the subject of the first verb says it.
                j = SubjectGaps.skipCoordinatedVerb(s, SubjectGaps.verbWithObjectBefore(s, j));
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
            j = Appositives.openingBracket(s, j - 1) - 1;
            if (j < 0) {
                return Optional.empty();
            }
        }
        if (Appositives.isInsertionMark(s.token(j))) {
            return Appositives.appositive(s, j);
        }
        Optional<Phrase> phrase = NounPhrases.endingAt(s, j).filter(NounPhrases::canBeSubject);
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        Phrase mention = Coordination.widen(phrase.get());
        if (mention.hasWord("neither", "nor", "no")
                || mention.first() > 0 && s.token(mention.first() - 1).isWord("neither", "nor", "not")) {
            return Optional.empty();
        }
        if (Words.RELATIVE_PRONOUNS.contains(mention.head().lower()) && mention.size() == 1) {
            int k = mention.first() - 1;
            if (k >= 0 && s.token(k).text().equals(",")) {
                k--;
            }
            return Optional.of(new Found(mention, NounPhrases.endingAt(s, k).orElse(null), false));
        }
        return Optional.of(new Found(mention, null, false));
    }

    /** Inversion: a name or pronoun right after the cue, closing the clause ("…," said Lopez, "…"). */
    static Optional<Found> after(Sentence s, int cue) {
        return NounPhrases.startingAt(s, cue + 1)
                .filter(p -> p.has("PROPN") || NounPhrases.isPersonalPronoun(p.head())
                        || p.has("NOUN") && (s.token(p.first()).is("DET") || s.token(p.first()).is("NUM")
                        || s.token(p.first()).isWord("one", "another")))
                .filter(p -> !p.hasWord("that"))
                .filter(p -> p.last() + 1 >= s.size() || closesInvertedSource(s.token(p.last() + 1)))
                .or(() -> describedName(s, cue + 1))
                .map(p -> new Found(p, null, true));
    }

    /**
     * "said former tech executive Cara Fenn during …", "said master of ceremonies Asab Tal, …": a few lower-case
     * words describing the person (the tagger misreads some, "former" as a conjunction), then the name.
     */
    private static Optional<Phrase> describedName(Sentence s, int first) {
        int k = first;
        while (k < s.size() && k - first < MAX_DESCRIPTION && s.token(k).text().matches("[a-z]+")
                && !s.token(k).isWord("that", "to", "and", "or", "the", "a", "an", "in", "on", "at", "who", "with")
                && !(s.token(k).is("VERB") || s.token(k).is("AUX") || s.token(k).is("PRON"))) {
            k++;
        }
        int name = k;
        while (k < s.size() && s.token(k).is("PROPN") && s.token(k).isCapitalised()) {
            k++;
        }
        boolean closes = k >= s.size() || closesInvertedSource(s.token(k));
        return k > name && name > first && !s.token(first).isWord("of") && !s.token(name - 1).isWord("of") && closes
                ? Optional.of(new Phrase(s, first, k - 1)) : Optional.empty();
    }

    /** What may follow an inverted source: punctuation, a preposition, "as he left", "who runs …". */
    private static boolean closesInvertedSource(Token next) {
        return next.is("PUNCT") || next.is("ADP") || next.is("SCONJ") || Words.AFTER_INVERTED_SOURCE.contains(next.lower());
    }

    /** The subject that opens the sentence: who is "saying" in "Lopez hit back, saying …". */
    static Optional<Found> sentenceSubject(Sentence s, int before) {
        int start = afterOpeningPhrase(s, afterOpeningQuotation(s), before);
        for (int k = start; k < before; k++) {
            Token t = s.token(k);
            if ((t.is("VERB") || t.is("AUX")) && k > 0) {
                int end = k - 1;
                while (end > 0 && (s.token(end).is("ADV") || SubjectGaps.isDate(s.token(end)))) {
                    // "Lopez on Thursday ratcheted up …"
                    end -= SubjectGaps.isDate(s.token(end)) && s.token(end - 1).isWord("on", "last", "this") ? 2 : 1;
                }
                Optional<Phrase> subject = NounPhrases.endingAt(s, end).filter(NounPhrases::canBeSubject)
                        .filter(p -> p.first() <= 2 || s.token(p.first() - 1).text().equals(","));
                subject = subject.filter(p -> p.first() >= start);
                if (subject.isPresent() || !s.token(k - 1).text().equals(",")) {
                    // "Speaking in Salem, Lopez went after Bush": an opening phrase set off by a comma is passed over.
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
            if (Words.NEGATIONS.contains(s.token(j).lower())) {
                return true;
            }
        }
        return false;
    }
}
