package app.saidwho.quiz;

/** Whether a person wrote the question or the generator made it. */
public enum QuestionOrigin {
    AUTHORED, GENERATED
}
