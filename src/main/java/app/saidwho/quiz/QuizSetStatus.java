package app.saidwho.quiz;

/** Whether learners can see a quiz set. */
public enum QuizSetStatus {
    DRAFT, PUBLISHED
}
