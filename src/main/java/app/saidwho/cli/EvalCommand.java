package app.saidwho.cli;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.brat.Corpus;
import app.saidwho.attribution.brat.ErrorDump;
import app.saidwho.attribution.brat.EvalReport;
import app.saidwho.attribution.brat.Evaluation;
import app.saidwho.attribution.brat.Evaluations;
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
        EvalReport.print(evaluation, System.out);
        return 0;
    }
}
