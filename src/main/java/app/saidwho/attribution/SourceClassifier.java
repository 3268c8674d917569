package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tells a named person from an organisation, an anonymous source ("officials") and a vague one ("critics"). */
final class SourceClassifier {
    /** Businesses and outlets by what they do ("the drugmaker said", "French newspaper Le Monde"). */
    private static final Set<String> COMPANY_HEADS = Words.list("company-heads");
    /** "people familiar with the matter", "officials who asked not to be named": insiders kept unnamed on purpose. */
    private static final Set<String> ANONYMITY_WORDS = Words.list("anonymity-words");

    private SourceClassifier() {
    }

    static boolean isCompanyWord(Token t) {
        return t.is("NOUN") && COMPANY_HEADS.contains(t.lower());
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
        if (!phrase.has("PROPN") && phrase.hasWord(ANONYMITY_WORDS.toArray(String[]::new))) {
            return SourceType.ANONYMOUS;
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
            return named(phrase, headWord, knownPerson);
        }
        if (resolvedName != null && knownPerson) {
            return SourceType.PERSON;
        }
        if (resolvedName != null && Words.PLACE_HEADS.contains(headWord)) {
            return SourceType.ORGANISATION; // "the county", resolved to Lake County: its government
        }
        if (Words.ANONYMOUS_HEADS.contains(headWord)) {
            return SourceType.ANONYMOUS;
        }
        if (Words.ORGANISATION_HEADS.contains(headWord) || COMPANY_HEADS.contains(headWord)) {
            return SourceType.ORGANISATION;
        }
        return SourceType.VAGUE;
    }

    private static SourceType named(Phrase phrase, String headWord, boolean knownPerson) {
        if (knownPerson) {
            return SourceType.PERSON;
        }
        if (isOrganisationName(phrase) || describedAsCompany(phrase)) {
            return SourceType.ORGANISATION;
        }
        return Words.ANONYMOUS_HEADS.contains(headWord) ? SourceType.ANONYMOUS : SourceType.PERSON;
    }

    /** "French newspaper Le Monde", "the carmaker Voltra": the common noun right before the name says what it is. */
    private static boolean describedAsCompany(Phrase phrase) {
        Sentence s = phrase.sentence();
        int k = phrase.headIndex();
        while (k > phrase.first() && s.token(k).is("PROPN")) {
            k--;
        }
        return k < phrase.headIndex() && isCompanyWord(s.token(k));
    }

    private static boolean isOrganisationName(Phrase phrase) {
        List<String> words = new ArrayList<>();
        for (int k = phrase.first(); k <= phrase.headIndex(); k++) {
            words.add(phrase.sentence().token(k).text());
        }
        if (NameParts.isPlaceName(words.subList(words.get(0).equalsIgnoreCase("the") ? 1 : 0, words.size()))) {
            return true; // "Lake County said": the county's government
        }
        for (int k = phrase.first(); k <= phrase.headIndex(); k++) {
            Token t = phrase.sentence().token(k);
            if (Words.ORGANISATION_WORDS.contains(t.lower()) || (t.text().length() >= 2 && t.text().chars().allMatch(
                    c -> Character.isUpperCase(c) || c == '.'))) {
                return true;
            }
        }
        return false;
    }
}
