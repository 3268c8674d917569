package app.saidwho.cli;

import app.saidwho.attribution.AttributionEngine;
import jakarta.enterprise.context.Dependent;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quiz-eval --gold DIR}: drafts for every brat article, speaker keys and MATCH pairs checked against the
 * annotations.
 */
@Dependent
@Command(name = "quiz-eval", mixinStandardHelpOptions = true,
        description = "Generates drafts for a brat-standoff folder and checks every WHO_SAID, WHAT_SAID and NESTED key"
                + " and every MATCH pair against the annotated source of the words it is about.")
public class QuizEvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "folder with the articles and their .ann files")
    Path gold;

    private final AttributionEngine engine;

    QuizEvalCommand(AttributionEngine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws Exception {
        var found = GoldFolder.articles(gold);
        if (found.isEmpty()) {
            return 2;
        }
        var articles = found.get();
        if (articles.isEmpty()) {
            System.err.println("No annotated articles in " + gold);
            return 2;
        }
        QuizEvaluations.run(engine, articles, System.out);
        return 0;
    }
}
