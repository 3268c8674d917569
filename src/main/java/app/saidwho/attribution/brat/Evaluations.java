package app.saidwho.attribution.brat;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.AttributionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Runs the engine over a corpus and collects the scores; shared by the eval command and the eval test. */
public final class Evaluations {
    private Evaluations() {
    }

    public static Evaluation run(AttributionEngine engine, List<Corpus.Article> articles) {
        return run(engine, articles, null, 0);
    }

    /** Also prints gold beside predicted attributions for the first {@code dumped} articles. */
    public static Evaluation run(AttributionEngine engine, List<Corpus.Article> articles, ErrorDump dump, int dumped) {
        Evaluation evaluation = new Evaluation();
        int left = dumped;
        for (Corpus.Article article : articles) {
            try {
                String text = article.readText();
                List<BratAttribution> gold = article.readGold();
                AttributionResult result = engine.analyse(text);
                evaluation.add(text, gold, result.attributions());
                if (dump != null && left-- > 0) {
                    dump.print(article.name(), text, gold, result.attributions());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return evaluation;
    }
}
