package app.saidwho.quiz.generate;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.brat.Corpus;
import java.nio.file.Path;
import java.util.List;

/**
 * Plain benchmark (docs/benchmarks.md): drafts for long articles made at run time by joining corpus
 * articles (nothing committed), 80,000 and 320,000 characters; engine and generator timed apart, after a
 * warm-up, best of three.
 */
public final class GenerationBenchmark {
    public static void main(String[] args) throws Exception {
        List<Corpus.Article> articles = Corpus.open(Path.of(args[0]));
        AttributionEngine engine = AttributionEngine.standard();
        QuizGenerator generator = new QuizGenerator();
        for (int size : new int[] {80_000, 320_000}) {
            String text = joined(articles, size);
            generator.generate(engine.analyse(text));
            long bestEngine = Long.MAX_VALUE;
            long bestGenerator = Long.MAX_VALUE;
            int questions = 0;
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                AttributionResult result = engine.analyse(text);
                long middle = System.nanoTime();
                questions = generator.generate(result).questions().size();
                long end = System.nanoTime();
                bestEngine = Math.min(bestEngine, middle - start);
                bestGenerator = Math.min(bestGenerator, end - middle);
            }
            System.out.printf("%,d characters: engine %d ms, generator %d ms, total %d ms, %d questions%n", text.length(),
                    bestEngine / 1_000_000, bestGenerator / 1_000_000, (bestEngine + bestGenerator) / 1_000_000, questions);
        }
    }

    /** Corpus articles one after another, separated by a blank line, cut at a paragraph near {@code size}. */
    static String joined(List<Corpus.Article> articles, int size) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < size; i++) {
            text.append(articles.get(i % articles.size()).readText().strip()).append("\n\n");
        }
        int cut = text.lastIndexOf("\n\n", size);
        return text.substring(0, cut > size / 2 ? cut : size);
    }
}
