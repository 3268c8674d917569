package app.saidwho.attribution;

import app.saidwho.attribution.brat.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Plain benchmark harness (see docs/benchmarks.md): model load time, then per-article extraction time on
 * one thread after a warm-up, and the heap in use afterwards. Run with a folder of articles.
 */
public final class AttributionBenchmark {
    public static void main(String[] args) throws Exception {
        long loadStart = System.nanoTime();
        AttributionEngine engine = AttributionEngine.standard();
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
        List<String> texts = new ArrayList<>();
        for (Corpus.Article article : Corpus.open(Path.of(args[0]))) {
            texts.add(article.readText());
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int warm = 0; warm < 3; warm++) {
            texts.forEach(engine::analyse);
        }
        List<Double> millis = new ArrayList<>();
        long timedStart = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String text : texts) {
                long start = System.nanoTime();
                engine.analyse(text);
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        double perSecond = texts.size() * rounds / ((System.nanoTime() - timedStart) / 1e9);
        Collections.sort(millis);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.printf("articles %d x %d rounds, %.1f articles/s%nmodel load %d ms%n"
                        + "median %.2f ms, p90 %.2f ms, max %.2f ms per article%n"
                        + "heap in use after run %d MB (max heap %d MB)%n", texts.size(), rounds, perSecond, loadMs,
                millis.get(millis.size() / 2), millis.get(millis.size() * 9 / 10), millis.get(millis.size() - 1), heapMb,
                runtime.maxMemory() / (1024 * 1024));
    }
}
