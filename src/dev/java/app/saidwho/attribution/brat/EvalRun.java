package app.saidwho.attribution.brat;

import app.saidwho.attribution.AttributionEngine;
import java.nio.file.Path;
import java.util.List;

/**
 * The eval command without booting the app, for quick runs while developing (same scoring and output):
 * {@code EvalRun DIR [DUMPED]} prints gold beside predicted attributions for the first DUMPED articles.
 */
public final class EvalRun {
    public static void main(String[] args) throws Exception {
        List<Corpus.Article> articles = Corpus.open(Path.of(args[0]));
        int dumped = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Evaluation evaluation = Evaluations.run(AttributionEngine.standard(), articles, new ErrorDump(System.out), dumped);
        System.out.printf("%d articles from %s%n%n", articles.size(), args[0]);
        EvalReport.print(evaluation, System.out);
    }
}
