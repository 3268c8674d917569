package app.saidwho.cli;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.Confidence;
import app.saidwho.attribution.brat.Calibration;
import app.saidwho.attribution.brat.Corpus;
import app.saidwho.attribution.brat.ErrorDump;
import app.saidwho.attribution.brat.Evaluation;
import app.saidwho.attribution.brat.Evaluations;
import app.saidwho.attribution.brat.Scores;
import jakarta.enterprise.context.Dependent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval --gold DIR}: extracts every article of a brat folder and scores it against the annotations. */
@Dependent
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the engine against a brat-standoff folder (PolNeAR layout or NAME.txt beside NAME.ann).")
public class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "folder with the articles and their .ann files")
    Path gold;

    @Option(names = "--limit", description = "score only the first N articles (sorted by name)")
    Integer limit;

    @Option(names = "--dump", defaultValue = "0",
            description = "print gold and predicted attributions side by side for the first N articles scored")
    int dump;

    private final AttributionEngine engine;

    EvalCommand(AttributionEngine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws Exception {
        var found = GoldFolder.articles(gold);
        if (found.isEmpty()) {
            return 2;
        }
        List<Corpus.Article> articles = found.get();
        if (limit != null && limit >= 0 && limit < articles.size()) {
            articles = articles.subList(0, limit);
        }
        Evaluation evaluation = Evaluations.run(engine, articles, new ErrorDump(System.out), dump);
        System.out.printf("%d articles from %s%n%n", articles.size(), gold);
        System.out.printf("%-8s %-14s %7s %7s %7s%n", "subset", "measure", "P", "R", "F1");
        evaluation.all().forEach((key, scores) -> print(key, scores));
        System.out.printf("%nconfidence: share of matched attributions with the right source (and of all right sources)%n");
        System.out.printf("%-8s %-8s %8s %8s %7s %9s%n", "subset", "level", "matched", "right", "share", "coverage");
        for (String subset : List.of("all", "direct")) {
            Calibration calibration = evaluation.calibration(subset);
            for (Confidence level : Confidence.values()) {
                Calibration.Level counts = calibration.level(level);
                System.out.printf("%-8s %-8s %8d %8d %7.3f %9.3f%n", subset, level, counts.matched(), counts.right(),
                        counts.share(), calibration.coverage(level));
            }
        }
        return 0;
    }

    private static void print(String key, Scores scores) {
        String[] parts = key.split("/");
        System.out.printf("%-8s %-14s %7.3f %7.3f %7.3f%n", parts[0], parts[1], scores.precision(), scores.recall(),
                scores.f1());
    }
}
