package app.saidwho.attribution;

/** The engine's list of given names, for callers that must tell a person's name from a place's. */
public final class FirstNames {
    private FirstNames() {
    }

    /** "Ana" and "Tom" are given names; "North" (Carolina) and "New" (Hampshire) are not. */
    public static boolean isGivenName(String word) {
        return Gender.isFirstName(word);
    }
}
