package app.saidwho.attribution;

/** The engine's list of given names, for callers that must tell a person's name from a place's. */
public final class FirstNames {
    private FirstNames() {
    }

    /** "Ana" and "Tom" are given names; "North" (Carolina) and "New" (Hampshire) are not. */
    public static boolean isGivenName(String word) {
        return Gender.isFirstName(word);
    }

    /**
     * Whether a title and a person's name cannot be one person: "Mr." with a name the list gives only to women
     * ("Mr. Obama" is not Michelle Obama), "Mrs." or "Ms." with one it gives only to men.
     */
    /**
     * Whether a pronoun cannot stand for a mention: "he" for "Mrs. Ana Ruiz", "the spokeswoman" or "Ana Ruiz"
     * (a name the lists give only to women), "she" for "Mr. Diaz" or "Tom Diaz"; he or she for a group
     * ("Ames and Bell"). A title or gendered noun in the mention counts first, else its first given name.
     */
    public static boolean pronounClashes(String pronoun, String mention) {
        Gender said = Gender.ofWord(pronoun);
        if (said == Gender.UNKNOWN) {
            return false;
        }
        String[] words = mention.strip().split("[\\s,]+");
        if (java.util.Arrays.asList(words).contains("and")) {
            return true;
        }
        for (String word : words) {
            Gender stated = Gender.ofWord(word);
            if (stated != Gender.UNKNOWN) {
                return stated != said;
            }
        }
        for (String word : words) {
            if (Gender.isFirstName(word)) {
                Gender named = Gender.ofFirstName(word);
                return named != Gender.UNKNOWN && named != said;
            }
        }
        return false;
    }

    public static boolean titleContradicts(String title, String fullName) {
        Gender titled = Gender.ofWord(title);
        Gender named = Gender.ofFirstName(fullName.strip().split("\\s+")[0]);
        return titled != Gender.UNKNOWN && named != Gender.UNKNOWN && titled != named;
    }
}
