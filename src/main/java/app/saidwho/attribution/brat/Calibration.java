package app.saidwho.attribution.brat;

import app.saidwho.attribution.Confidence;
import java.util.EnumMap;
import java.util.Map;

/**
 * How often each confidence level names the right source: over predicted attributions whose content matched
 * a gold attribution that has a source, the share whose resolved name is the gold source's (a missing source
 * counts as wrong; see {@link SourceNames}), and, beside it, the share whose source span overlaps the gold one.
 */
public final class Calibration {
    /** Counts for one level: matched attributions and those with the right source. */
    public static final class Level {
        private int matched;
        private int right;
        private int rightSpan;

        public int matched() {
            return matched;
        }

        public int right() {
            return right;
        }

        /** The share of matched attributions whose resolved name is right. */
        public double share() {
            return matched == 0 ? 0 : (double) right / matched;
        }

        /** The share whose source span overlaps the gold one, whoever it was resolved to. */
        public double spanShare() {
            return matched == 0 ? 0 : (double) rightSpan / matched;
        }
    }

    private final Map<Confidence, Level> levels = new EnumMap<>(Confidence.class);

    public Calibration() {
        for (Confidence c : Confidence.values()) {
            levels.put(c, new Level());
        }
    }

    void add(Confidence confidence, boolean rightSpan, boolean rightName) {
        Level level = levels.get(confidence);
        level.matched++;
        level.right += rightName ? 1 : 0;
        level.rightSpan += rightSpan ? 1 : 0;
    }

    public Level level(Confidence confidence) {
        return levels.get(confidence);
    }

    /** The share of all right sources that carry this level: how much of what is right it covers. */
    public double coverage(Confidence confidence) {
        int right = levels.values().stream().mapToInt(Level::right).sum();
        return right == 0 ? 0 : (double) levels.get(confidence).right / right;
    }
}
