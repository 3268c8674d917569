package app.saidwho.play;

import app.saidwho.quiz.RubricLevel;
import java.util.List;

/** A stored answer as the learner pages show it: plain values, from a {@link Response} or read as a row. */
public record GivenAnswer(int choice, boolean correct, int points, int maxPoints, List<Integer> pairChoices,
                          String textAnswer, RubricLevel rubricLevel) {

    public static GivenAnswer of(Response r) {
        return new GivenAnswer(r.choice, r.correct, r.points, r.maxPoints, List.copyOf(r.pairChoices), r.textAnswer,
                r.rubricLevel);
    }

    /** A written answer the teacher has not scored yet. */
    public boolean pending() {
        return textAnswer != null && rubricLevel == null;
    }
}
