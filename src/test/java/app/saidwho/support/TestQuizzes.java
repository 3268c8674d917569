package app.saidwho.support;

import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.load.QuizSetLoader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads test quiz sets through the real loader and reads back what tests need to know. */
public final class TestQuizzes {
    private TestQuizzes() {
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("quizzes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static QuizSetLoader.FileResult load(QuizSetLoader loader, String fileName, String content) {
        return loader.loadFile(QuizFiles.write(tempDir(), fileName, content));
    }

    /** The stored answer index of each current question, in the order they are asked. */
    public static List<Question> activeQuestions(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Question> questions = QuizSet.findBySlug(slug).orElseThrow().activeQuestions();
            questions.forEach(q -> q.options.size());
            return questions;
        });
    }
}
