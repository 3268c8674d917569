package app.saidwho.attribution.brat;

import app.saidwho.attribution.Confidence;
import java.io.PrintStream;
import java.util.List;

/** Prints an {@link Evaluation} as {@code eval} shows it: the F1 table, then the confidence calibration. */
public final class EvalReport {
    private EvalReport() {
    }

    public static void print(Evaluation evaluation, PrintStream out) {
        out.printf("%-8s %-14s %7s %7s %7s%n", "subset", "measure", "P", "R", "F1");
        evaluation.all().forEach((key, scores) -> {
            String[] parts = key.split("/");
            out.printf("%-8s %-14s %7.3f %7.3f %7.3f%n", parts[0], parts[1], scores.precision(), scores.recall(),
                    scores.f1());
        });
        out.printf("%nconfidence: share of matched attributions whose source has the right name (and of all right"
                + " ones), and whose source span overlaps the gold one%n");
        out.printf("%-8s %-8s %8s %8s %7s %9s %7s%n", "subset", "level", "matched", "right", "share", "coverage", "span");
        for (String subset : List.of("all", "direct")) {
            Calibration calibration = evaluation.calibration(subset);
            for (Confidence level : Confidence.values()) {
                Calibration.Level counts = calibration.level(level);
                out.printf("%-8s %-8s %8d %8d %7.3f %9.3f %7.3f%n", subset, level, counts.matched(), counts.right(),
                        counts.share(), calibration.coverage(level), counts.spanShare());
            }
        }
    }
}
