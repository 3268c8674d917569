package app.saidwho.quiz;

/** Where a question stands in a teacher's review; only approved questions are asked. */
public enum QuestionStatus {
    DRAFT, APPROVED, REJECTED
}
