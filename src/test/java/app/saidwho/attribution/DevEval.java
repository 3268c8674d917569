package app.saidwho.attribution;

import app.saidwho.attribution.brat.BratAttribution;
import app.saidwho.attribution.brat.Corpus;
import app.saidwho.attribution.brat.Evaluation;
import java.nio.file.Path;
import java.util.List;

/** Development loop on the train split: scores, and with a second argument, the errors of some articles. */
public final class DevEval {
    public static void main(String[] args) throws Exception {
        AttributionEngine engine = AttributionEngine.standard();
        Evaluation evaluation = new Evaluation();
        List<Corpus.Article> articles = Corpus.open(Path.of(args[0]));
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : articles.size();
        int dump = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long start = System.nanoTime();
        for (Corpus.Article article : articles.subList(0, Math.min(limit, articles.size()))) {
            String text = article.readText();
            List<BratAttribution> gold = article.readGold();
            AttributionResult result = engine.analyse(text);
            evaluation.add(text, gold, result.attributions());
            if (dump-- > 0) {
                DevDump.print(article.name(), text, gold, result.attributions());
                DevDump.directErrors(text, gold, result.attributions());
            }
        }
        System.out.printf("%d articles in %d ms%n", Math.min(limit, articles.size()), (System.nanoTime() - start) / 1_000_000);
        evaluation.all().forEach((k, v) -> System.out.printf("%-22s %s%n", k, v));
    }
}
