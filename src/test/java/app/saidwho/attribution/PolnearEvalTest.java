package app.saidwho.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.saidwho.attribution.brat.Calibration;
import app.saidwho.attribution.brat.Corpus;
import app.saidwho.attribution.brat.Evaluation;
import app.saidwho.attribution.brat.Evaluations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The accuracy ratchet: scores the engine on the PolNeAR dev split and fails when any F1 falls below the
 * figure documented in docs/attribution.md. Skipped when ../shared (the corpus) is not beside the project.
 */
class PolnearEvalTest {
    static final Path DEV = Path.of("..", "shared", "corpora", "polnear", "dev");
    static final Pattern ROW = Pattern.compile("^\\| (all|direct) \\| (content|content-exact|source|cue) \\| [0-9.]+ \\| [0-9.]+ \\| ([0-9.]+) \\|");

    @Test
    void shouldNotFallBelowTheDocumentedF1OnTheDevSplit() throws Exception {
        assumeTrue(Files.isDirectory(DEV), "PolNeAR dev split not found at " + DEV.toAbsolutePath()
                + ": the accuracy ratchet needs ../shared/corpora beside the project");
        Map<String, Double> documented = documentedF1();
        assertThat(documented).as("F1 rows in docs/attribution.md").hasSize(8);

        Evaluation evaluation = Evaluations.run(AttributionEngineTest.ENGINE, Corpus.open(DEV));

        documented.forEach((key, floor) -> assertThat(evaluation.all().get(key).f1())
                .as("dev F1 of " + key + " (documented " + floor + ")").isGreaterThanOrEqualTo(floor));
        // Quizzes take keys from HIGH only: on dev at least 97 % of them must have the right source span and
        // the right resolved name, and HIGH must cover 57 % of the right ones (the figures reached, docs/attribution.md).
        Calibration.Level high = evaluation.calibration("direct").level(Confidence.HIGH);
        assertThat(high.spanShare()).as("share of HIGH direct quotes with the right source span on dev")
                .isGreaterThanOrEqualTo(0.97);
        assertThat(high.share()).as("share of HIGH direct quotes whose source has the right name on dev")
                .isGreaterThanOrEqualTo(0.97);
        assertThat(evaluation.calibration("direct").coverage(Confidence.HIGH))
                .as("share of the right direct quotes that are HIGH on dev").isGreaterThanOrEqualTo(0.57);
    }

    static Map<String, Double> documentedF1() throws Exception {
        Map<String, Double> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs", "attribution.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows.put(row.group(1) + "/" + row.group(2), Double.parseDouble(row.group(3)));
            }
        }
        return rows;
    }
}
