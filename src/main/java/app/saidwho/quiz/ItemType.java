package app.saidwho.quiz;

import java.util.Locale;
import java.util.Optional;

/** How a question is answered: one option, quotations matched to speakers, a passage picked, or words written. */
public enum ItemType {
    CHOICE("Multiple choice"),
    MATCH("Match quotations to speakers"),
    EVIDENCE("Find the evidence in the article"),
    SHORT_ANSWER("Short written answer");

    /** The type in words, for teachers' pages (never the code). */
    public final String label;

    ItemType(String label) {
        this.label = label;
    }

    /** The type with this name, ignoring case and accepting dashes or spaces for underscores; absent = CHOICE. */
    public static Optional<ItemType> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(CHOICE);
        }
        String normal = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ItemType type : values()) {
            if (type.name().equals(normal)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether a learner's answer is scored at once (else a teacher scores it later). */
    public boolean scoredAtOnce() {
        return this != SHORT_ANSWER;
    }
}
