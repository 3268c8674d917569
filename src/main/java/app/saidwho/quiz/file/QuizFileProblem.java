package app.saidwho.quiz.file;

/** One thing wrong in a quiz-set file: where (1-based line, 0 when unknown) and why. */
public record QuizFileProblem(int line, String reason) {
    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + reason : reason;
    }
}
