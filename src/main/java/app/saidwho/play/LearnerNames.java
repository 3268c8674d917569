package app.saidwho.play;

import java.util.Optional;

/** The display-name rule: 1 to 60 characters once trimmed, no control characters. */
public final class LearnerNames {
    public static final int MAX_LENGTH = 60;

    private LearnerNames() {
    }

    /**
     * Marks that turn the direction of the text around them (U+202A–202E, U+2066–2069, U+200E/F,
     * U+061C): a name with them could show as another learner's name in the teacher's lists.
     */
    static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** A character that shows ink: not a space, not a format mark, not one of the blank "filler" letters. */
    static boolean isVisible(int c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.FORMAT
                && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.CONTROL && c != 0x3164 && c != 0x115F && c != 0x1160 && c != 0xFFA0
                && c != 0x2800;
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    }

    /** Why the name cannot be used, or empty when it can. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("Please type a name so your teacher can find your result.");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("Please use at most " + MAX_LENGTH + " characters for your name.");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || isDirectionControl(c))) {
            return Optional.of("Please use only letters, digits, spaces and punctuation in your name.");
        }
        if (name.codePoints().noneMatch(LearnerNames::isVisible)) {
            return Optional.of("Please type a name your teacher can read: it has no visible letters.");
        }
        return Optional.empty();
    }
}
