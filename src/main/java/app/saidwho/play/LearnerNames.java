package app.saidwho.play;

import java.util.Optional;

/** The display-name rule: 1 to 60 characters once trimmed, no control characters. */
public final class LearnerNames {
    public static final int MAX_LENGTH = 60;

    private LearnerNames() {
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
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("Please use only letters, digits, spaces and punctuation in your name.");
        }
        return Optional.empty();
    }
}
