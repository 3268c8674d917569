package app.saidwho.attribution;

import java.util.Optional;
import java.util.Set;

/** Finds the noun phrase that names a source, from the part-of-speech tags alone (no parser). */
final class NounPhrases {
    private static final int MAX_TOKENS = 12;
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

    private NounPhrases() {
    }

    /** The noun phrase whose head is the token at {@code last}. */
    static Optional<Phrase> endingAt(Sentence s, int last) {
        if (last < 0 || last >= s.size()) {
            return Optional.empty();
        }
        Token head = s.token(last);
        if (head.is("PRON")) {
            return Optional.of(new Phrase(s, last, last));
        }
        if (head.is("ADJ") && last > 0 && (s.token(last - 1).is("DET") || isPossessivePronoun(s.token(last - 1)))) {
            // "the official said": the tagger reads a few nouns as adjectives.
            return Optional.of(new Phrase(s, last - 1, last));
        }
        if (head.is("ADJ") && Words.PERSON_ADJECTIVES.contains(head.lower()) && last > 0 && s.token(last - 1).isNominal()) {
            // "a State Department official said"
            return endingAt(s, last - 1).map(p -> new Phrase(s, p.first(), last));
        }
        if (!(head.is("PROPN") || head.is("NOUN") || head.is("NUM") || isTitleAbbreviation(head))) {
            return Optional.empty();
        }
        int first = last;
        while (first - 1 >= 0 && last - first < MAX_TOKENS) {
            Token before = s.token(first - 1);
            if (before.is("DET") || isPossessivePronoun(before)) {
                if (!personBeforeAffiliation(s, first - 1)) {
                    first--;
                    break;
                }
                first -= 3; // "Ana Ruiz of the Center for Public Integrity": the person, her body an affiliation
                continue;
            }
            if (before.is("PROPN") || before.is("NOUN") || before.is("ADJ") || before.is("NUM")
                    || isTitleAbbreviation(before) || before.text().equals("-") && first - 2 >= 0) {
                first--;
            } else if (POSSESSIVE.contains(before.text()) && first - 2 >= 0 && s.token(first - 2).isNominal()) {
                first--;
            } else if (first - 2 >= 0 && NameParts.isBodyConnector(s, first - 1) && s.token(first - 2).isCapitalised()
                    && s.token(first).isCapitalised()) {
                first--;
            } else if (before.isWord("and", "&") && first - 2 >= 0 && s.token(first - 2).isCapitalised()
                    && s.token(first).isCapitalised() && NameParts.isTitle(head)) {
                first--; // "the Health and Social Care Secretary": one title, not "Social Care Secretary"
            } else {
                break;
            }
        }
        while (first < last && (s.token(first).isWord("of", "for", "on", "and", "&", "-") || POSSESSIVE.contains(s.token(first).text()))) {
            first++;
        }
        return Optional.of(new Phrase(s, first, last));
    }

    /**
     * "Ana Ruiz of the Center …", "Tom Ames from the Harbor Board": before the "the" at {@code det}, "of",
     * "from" or "at" after a person named in full (a given name of the lists, then a surname).
     */
    private static boolean personBeforeAffiliation(Sentence s, int det) {
        if (det < 3 || !s.token(det).isWord("the") || !s.token(det - 1).isWord("of", "from", "at")
                || !s.token(det - 2).is("PROPN") || !s.token(det - 2).isCapitalised()) {
            return false;
        }
        int start = det - 2;
        while (start > 0 && s.token(start - 1).is("PROPN") && s.token(start - 1).isCapitalised()) {
            start--;
        }
        return start < det - 2 && Gender.isFirstName(s.token(start).text());
    }

    /** A noun phrase that starts at {@code first}, as after an inverted cue ("said Lopez"). */
    static Optional<Phrase> startingAt(Sentence s, int first) {
        if (first >= s.size()) {
            return Optional.empty();
        }
        if (first + 2 < s.size() && s.token(first).isWord("one", "some", "many", "two", "three", "several", "most", "each")
                && s.token(first + 1).isWord("of")) {
            // "said one of those advisers"
            return startingAt(s, first + 2).map(p -> new Phrase(s, first, p.last()));
        }
        Token start = s.token(first);
        boolean countedPerson = start.isWord("one", "another") && first + 1 < s.size()
                && (s.token(first + 1).isNominal() || s.token(first + 1).is("ADJ")); // "said one former executive"
        if (start.is("PRON") && !isPossessivePronoun(start) && !countedPerson) {
            return isPersonalPronoun(start) ? Optional.of(new Phrase(s, first, first)) : Optional.empty();
        }
        int last = first - 1;
        int i = first;
        while (i < s.size() && i - first < MAX_TOKENS) {
            Token t = s.token(i);
            boolean titleBeforeName = t.text().matches("[a-z]+") && !t.isWord("to", "not", "that", "and", "or")
                    && i + 1 < s.size() && s.token(i + 1).is("PROPN");
            if (t.is("PROPN") || t.is("NOUN") || t.is("ADJ") || t.is("NUM") || isTitleAbbreviation(t) || titleBeforeName
                    || (i == first && (t.is("DET") || isPossessivePronoun(t) || countedPerson))
                    || t.is("ADV") && i > first && t.lower().endsWith("ly") && i + 1 < s.size() && s.token(i + 1).is("ADJ")) {
                if (t.is("PROPN") || t.is("NOUN") || t.is("NUM") || isTitleAbbreviation(t)) {
                    last = i;
                }
                i++;
            } else if (t.isWord("of") && last == i - 1 && i + 1 < s.size() && s.token(i + 1).isCapitalised()) {
                i++;
            } else {
                break;
            }
        }
        return last >= first ? Optional.of(new Phrase(s, first, last)) : Optional.empty();
    }

    static boolean isPersonalPronoun(Token t) {
        return t.isWord("he", "she", "they", "i", "we", "you");
    }

    static boolean canBeSubject(Phrase phrase) {
        if (phrase.size() == 1 && Words.NOT_SUBJECTS.contains(phrase.head().lower())) {
            return false;
        }
        return !phrase.head().is("PRON") || isPersonalPronoun(phrase.head()) || Words.RELATIVE_PRONOUNS.contains(phrase.head().lower());
    }

    private static boolean isPossessivePronoun(Token t) {
        return t.isWord("his", "her", "their", "its", "our", "my", "your");
    }

    private static boolean isTitleAbbreviation(Token t) {
        return t.isWord("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Prof.", "St.",
                "Jr.", "Sr.");
    }
}
