package app.saidwho.attribution;

import java.util.List;
import java.util.Set;

/** Small facts about the words of a person's name: titles before it, suffixes after it, possessives. */
final class NameParts {
    /** British papers print titles without a full stop ("Mr Doe", "Dr Ruiz"). */
    private static final Set<String> BARE_TITLES = Words.list("bare-titles");
    private static final Set<String> SUFFIXES = Words.list("name-suffixes");
    /** Bodies named for their subject after "on" ("Council on Foreign Relations", "Commission on Civil Rights"). */
    private static final Set<String> BODIES_ON_A_SUBJECT = Set.of("commission", "council", "committee");

    private NameParts() {
    }

    static boolean isTitle(Token token) {
        String lower = token.lower();
        boolean plural = lower.length() > 4 && lower.endsWith("s") && Words.TITLES.contains(lower.substring(0, lower.length() - 1));
        return Words.TITLES.contains(lower) || BARE_TITLES.contains(lower) || plural;
    }

    /** The first token after any title words of the run ("Finance Minister Anna Weiss" → "Anna"). */
    static int afterTitles(Sentence s, int first, int last) {
        int start = first;
        for (int k = first; k < last; k++) {
            // "of" belongs to a title only after one ("Secretary of State Ana Ruiz"); "Bank of America" is one name.
            boolean ofABody = s.token(k).isWord("of") && (k == first || !isTitle(s.token(k - 1)));
            if (isTitle(s.token(k)) && !ofABody) {
                start = k + 1;
            }
        }
        return start;
    }

    /**
     * A run that ends in a title is a role ("Health Secretary", "the Florida senator"), unless a first name
     * comes before the title word: then the title word is a surname ("Amy Pope", "Pete King").
     */
    static boolean endsInRole(Sentence s, int first, int last) {
        return isTitle(s.token(last)) && (last == first || !Gender.isFirstName(s.token(last - 1).text()));
    }

    /** The family name of a full name: the last word, or the one before a suffix ("John Smith Jr." → "Smith"). */
    static String surname(List<String> parts) {
        String last = parts.get(parts.size() - 1);
        return parts.size() > 2 && SUFFIXES.contains(last.toLowerCase(java.util.Locale.ROOT)) ? parts.get(parts.size() - 2) : last;
    }

    static String withoutPossessive(String word) {
        return word.replaceFirst("['’]s?$", "");
    }

    /** Headline capitals ("Response To Kaine") are no name: a name has no function words. */
    private static final Set<String> FUNCTION_WORDS = Words.list("not-in-names");

    static boolean looksLikeNamePart(String word) {
        return !FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) && word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.chars().skip(1).anyMatch(Character::isLowerCase) || word.matches("[A-Z]\\.");
    }

    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile("(?i)(jr|sr|ii|iii|iv)\\.?");

    /**
     * The name as the article first wrote it for one person: "Jon Q. Pell" after "Jon Pell" (same first
     * and last word, a first name of the lists, one with middle names or initials) is the same "Jon Pell".
     */
    static String canonical(String name, List<String> fullNames) {
        int space = name.indexOf(' ');
        if (space < 0 || !Gender.isFirstName(name.substring(0, space))) {
            return name; // a body ("Clinton Global Initiative") is never another body's longer name
        }
        String firstWord = name.substring(0, space);
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        return fullNames.stream().filter(f -> !f.equals(name) && f.startsWith(firstWord + " ") && f.endsWith(" " + lastWord)
                && !SUFFIX.matcher(lastWord).matches()).findFirst().orElse(name);
    }

    /**
     * "Center for Public Integrity", "Department of Labor", "Council on Foreign Relations": at a lower-case
     * "of" or "for" after a body's word (or "on" after a council, commission or committee named for its subject),
     * the index of the capitalised word the body's name goes on with (past a "the"), else -1. "Ruiz of the
     * Center" goes on with no name: "Ruiz" is no body's word.
     */
    static int bodyNameGoesOn(Sentence s, int connector) {
        if (connector < 1 || connector + 1 >= s.size() || !isBodyConnector(s, connector)
                || !Words.ORGANISATION_WORDS.contains(s.token(connector - 1).lower()) || !s.token(connector - 1).isCapitalised()) {
            return -1;
        }
        int next = s.token(connector + 1).isWord("the") ? connector + 2 : connector + 1;
        if (next >= s.size() || !s.token(next).is("PROPN") || !s.token(next).isCapitalised()
                || Words.DATES.contains(s.token(next).lower())) {
            return -1;
        }
        for (int k = next; k < s.size() && s.token(k).is("PROPN"); k++) {
            if (isTitle(s.token(k)) || Gender.isFirstName(s.token(k).text())) {
                return -1; // "Department of Labor Secretary Tom Perez": the person, not a longer body
            }
        }
        return next;
    }

    /** "of" and "for" join a body's name to what follows; "on" only after a body named for its subject. */
    static boolean isBodyConnector(Sentence s, int connector) {
        Token t = s.token(connector);
        return t.isWord("of", "for") || t.isWord("on") && connector > 0 && BODIES_ON_A_SUBJECT.contains(s.token(connector - 1).lower());
    }

    /** "Lake County", "Silicon Valley": a place's head word after a word that is no given name ("Ann Rivers" is a person). */
    static boolean isPlaceName(List<String> parts) {
        return parts.size() >= 2 && Words.PLACE_HEADS.contains(parts.get(parts.size() - 1).toLowerCase(java.util.Locale.ROOT))
                && !Gender.isFirstName(parts.get(0));
    }

    /**
     * "Health and Social Care Secretary": at an "and" between capitalised words, the index the title goes on
     * with when the capitalised run after it ends in a title word, else -1 ("Ames and Cole" are two people).
     */
    static int titleGoesOn(Sentence s, int connector) {
        if (connector < 1 || connector + 1 >= s.size() || !s.token(connector).isWord("and", "&")
                || !s.token(connector - 1).isCapitalised()) {
            return -1;
        }
        int k = connector + 1;
        while (k + 1 < s.size() && s.token(k + 1).is("PROPN") && s.token(k).is("PROPN")) {
            k++;
        }
        return s.token(connector + 1).is("PROPN") && isTitle(s.token(k)) ? connector + 1 : -1;
    }
}
