package app.saidwho.quiz.generate;

import app.saidwho.attribution.AttributionEngine;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the draft generated for each article file given, for checking keys by hand. */
public final class DevQuiz {
    public static void main(String[] args) throws Exception {
        AttributionEngine engine = AttributionEngine.standard();
        QuizGenerator generator = new QuizGenerator();
        for (String file : args) {
            String text = Files.readString(Path.of(file));
            long start = System.nanoTime();
            QuizDraft draft = generator.generate(engine.analyse(text));
            System.out.printf("=== %s: %d questions, %d dropped, %.1f ms%n", file, draft.questions().size(),
                    draft.dropped().size(), (System.nanoTime() - start) / 1e6);
            for (DraftQuestion q : draft.questions()) {
                System.out.printf("[%s %s/%s] %s%n", q.type(), q.skill(), q.difficulty(), q.prompt());
                q.pairs().forEach(p -> System.out.printf("   row \"%s\" -> %s%n", p.prompt(), p.answer()));
                if (q.rubric() != null) {
                    System.out.printf("   rubric: %s | %s | %s%n", q.rubric().proficient(), q.rubric().emergent(), q.rubric().basic());
                }
                for (int i = 0; i < q.options().size(); i++) {
                    System.out.printf("   %s %s%n", i == q.answer() ? "*" : "-", q.options().get(i));
                }
                System.out.printf("   why: %s%n   evidence: %s%n", q.explanation(), q.evidence().text(text).replace('\n', ' '));
            }
            draft.dropped().forEach(d -> System.out.printf("DROPPED [%s] %s -- %s%n", d.skill(), d.prompt(), d.reason()));
        }
    }
}
