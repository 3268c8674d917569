package app.saidwho.quiz.file;

import java.util.List;
import java.util.stream.Collectors;

/** A quiz-set file that cannot be used, with every problem found in it. */
public class QuizFileException extends Exception {
    private final String fileName;
    private final List<QuizFileProblem> problems;

    public QuizFileException(String fileName, List<QuizFileProblem> problems) {
        super(fileName + ": " + problems.stream().map(QuizFileProblem::toString).collect(Collectors.joining("; ")));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<QuizFileProblem> problems() {
        return problems;
    }
}
