package app.saidwho.cli;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.brat.Corpus;
import app.saidwho.attribution.brat.Evaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Runs the engine over a corpus and collects the scores; shared by the eval command and the eval test. */
public final class Evaluations {
    private Evaluations() {
    }

    public static Evaluation run(AttributionEngine engine, List<Corpus.Article> articles) {
        Evaluation evaluation = new Evaluation();
        for (Corpus.Article article : articles) {
            try {
                String text = article.readText();
                evaluation.add(text, article.readGold(), engine.analyse(text).attributions());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return evaluation;
    }
}
