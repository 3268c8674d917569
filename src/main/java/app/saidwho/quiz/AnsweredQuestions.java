package app.saidwho.quiz;

/**
 * Whether learners have answered a question version, which freezes it. Answers belong to the layer
 * above (play), which implements this; quiz only asks.
 */
public interface AnsweredQuestions {
    boolean isAnswered(Question question);
}
