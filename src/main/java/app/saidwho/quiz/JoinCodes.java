package app.saidwho.quiz;

import java.security.SecureRandom;

/** Short codes a class can type: no look-alike characters (0/O, 1/I/L, 2/Z, 5/S, 8/B). */
public final class JoinCodes {
    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A fresh code that no quiz set uses yet. */
    public static String unused() {
        String code;
        do {
            code = next();
        } while (QuizSet.count("joinCode", code) > 0);
        return code;
    }
}
