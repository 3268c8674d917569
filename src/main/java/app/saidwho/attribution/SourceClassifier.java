package app.saidwho.attribution;

/** Tells a named person from an organisation, an anonymous source ("officials") and a vague one ("critics"). */
final class SourceClassifier {
    private SourceClassifier() {
    }

    static SourceType classify(Phrase phrase, String resolvedName, boolean knownPerson) {
        Token head = phrase.head();
        String headWord = head.lower();
        if (head.is("PRON")) {
            if (Words.PERSON_PRONOUNS.contains(headWord)) {
                return SourceType.PERSON;
            }
            return resolvedName != null ? (knownPerson ? SourceType.PERSON : SourceType.ORGANISATION) : SourceType.VAGUE;
        }
        if ((head.is("NOUN") || phrase.size() == 1) && !knownPerson) {
            if (Words.ANONYMOUS_HEADS.contains(headWord)) {
                return SourceType.ANONYMOUS;
            }
            if (Words.VAGUE_HEADS.contains(headWord)) {
                return SourceType.VAGUE;
            }
        }
        if (phrase.has("PROPN")) {
            if (knownPerson) {
                return SourceType.PERSON;
            }
            if (isOrganisationName(phrase)) {
                return SourceType.ORGANISATION;
            }
            if (Words.ANONYMOUS_HEADS.contains(headWord)) {
                return SourceType.ANONYMOUS;
            }
            return SourceType.PERSON;
        }
        if (resolvedName != null && knownPerson) {
            return SourceType.PERSON;
        }
        if (Words.ANONYMOUS_HEADS.contains(headWord)) {
            return SourceType.ANONYMOUS;
        }
        if (Words.ORGANISATION_HEADS.contains(headWord)) {
            return SourceType.ORGANISATION;
        }
        return SourceType.VAGUE;
    }

    private static boolean isOrganisationName(Phrase phrase) {
        for (int k = phrase.first(); k <= phrase.last(); k++) {
            Token t = phrase.sentence().token(k);
            if (Words.ORGANISATION_WORDS.contains(t.lower()) || (t.text().length() >= 2 && t.text().chars().allMatch(
                    c -> Character.isUpperCase(c) || c == '.'))) {
                return true;
            }
        }
        return false;
    }
}
