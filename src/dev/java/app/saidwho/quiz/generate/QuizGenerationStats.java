package app.saidwho.quiz.generate;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.AttributionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Figures for docs/quiz-generation.md: questions per skill and drops per reason for the files given, and
 * the median time per article (engine, and generator alone) over a folder, after a warm-up.
 */
public final class QuizGenerationStats {
    public static void main(String[] args) throws Exception {
        AttributionEngine engine = AttributionEngine.standard();
        QuizGenerator generator = new QuizGenerator();
        for (int i = 1; i < args.length; i++) {
            QuizDraft draft = generator.generate(engine.analyse(Files.readString(Path.of(args[i]))));
            Map<String, Long> skills = new TreeMap<>(draft.questions().stream()
                    .collect(Collectors.groupingBy(q -> q.skill().name(), Collectors.counting())));
            Map<String, Long> reasons = new TreeMap<>(draft.dropped().stream()
                    .collect(Collectors.groupingBy(d -> d.reason().replaceAll("\\(.*\\)|:.*", "").strip(), Collectors.counting())));
            System.out.printf("%s: %d questions %s; dropped %d %s%n", Path.of(args[i]).getFileName(),
                    draft.questions().size(), skills, draft.dropped().size(), reasons);
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        texts.forEach(t -> generator.generate(engine.analyse(t)));
        List<Double> total = new ArrayList<>();
        List<Double> generation = new ArrayList<>();
        for (String text : texts) {
            long start = System.nanoTime();
            AttributionResult result = engine.analyse(text);
            long middle = System.nanoTime();
            generator.generate(result);
            long end = System.nanoTime();
            total.add((end - start) / 1e6);
            generation.add((end - middle) / 1e6);
        }
        Collections.sort(total);
        Collections.sort(generation);
        System.out.printf("%d articles: median %.1f ms per article (engine + generator), generator alone %.1f ms%n",
                texts.size(), total.get(total.size() / 2), generation.get(generation.size() / 2));
    }
}
