package app.saidwho.quiz;

import java.util.Locale;
import java.util.Optional;

/**
 * The three levels a teacher scores a written answer on, and the points each is worth. A written answer is
 * worth {@link #MAX_POINTS}: a full answer earns both, a partial one one, a basic one none.
 */
public enum RubricLevel {
    PROFICIENT("Proficient", 2),
    EMERGENT("Emergent", 1),
    BASIC("Basic", 0);

    public static final int MAX_POINTS = 2;

    public final String label;
    public final int points;

    RubricLevel(String label, int points) {
        this.label = label;
        this.points = points;
    }

    public static Optional<RubricLevel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
