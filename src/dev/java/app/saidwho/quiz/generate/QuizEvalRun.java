package app.saidwho.quiz.generate;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.brat.Corpus;
import app.saidwho.cli.QuizEvaluations;
import java.nio.file.Path;

/** The quiz-eval command without booting the app, for quick runs while developing (same code and output). */
public final class QuizEvalRun {
    public static void main(String[] args) throws Exception {
        QuizEvaluations.run(AttributionEngine.standard(), Corpus.open(Path.of(args[0])), System.out);
    }
}
