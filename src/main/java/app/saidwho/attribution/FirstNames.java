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
    public static boolean titleContradicts(String title, String fullName) {
        Gender titled = Gender.ofWord(title);
        Gender named = Gender.ofFirstName(fullName.strip().split("\\s+")[0]);
        return titled != Gender.UNKNOWN && named != Gender.UNKNOWN && titled != named;
    }
}
