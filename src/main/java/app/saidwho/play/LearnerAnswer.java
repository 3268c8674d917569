package app.saidwho.play;

import java.util.List;

/**
 * What a learner sent for one question, as read from the form: the option picked (CHOICE, EVIDENCE), the
 * option picked on each row (MATCH; null for a row left blank), or the words written (SHORT_ANSWER).
 */
public record LearnerAnswer(Integer choice, List<Integer> rows, String text) {
    public static final int MAX_TEXT = 1000;

    public static LearnerAnswer choice(int choice) {
        return new LearnerAnswer(choice, List.of(), null);
    }

    public static LearnerAnswer rows(List<Integer> rows) {
        return new LearnerAnswer(null, rows, null);
    }

    public static LearnerAnswer text(String text) {
        return new LearnerAnswer(null, List.of(), text);
    }
}
