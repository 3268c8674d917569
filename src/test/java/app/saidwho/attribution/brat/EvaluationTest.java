package app.saidwho.attribution.brat;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Confidence;
import app.saidwho.attribution.CueMention;
import app.saidwho.attribution.Kind;
import app.saidwho.attribution.Rule;
import app.saidwho.attribution.SourceMention;
import app.saidwho.attribution.SourceType;
import app.saidwho.attribution.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on a made-up article: span-level scores and the confidence calibration. */
class EvaluationTest {
    // 0         1         2         3         4
    // 0123456789012345678901234567890123456789012345
    static final String TEXT = "\"We will win,\" Mayor Ana Ruiz said on Monday.";
    static final BratAttribution GOLD = new BratAttribution(List.of(new CharSpan(0, 14)), new CharSpan(15, 29),
            new CharSpan(30, 34));

    static Attribution predicted(CharSpan source, Confidence confidence) {
        return new Attribution(new SourceMention(source, "Ana Ruiz", SourceType.PERSON, "quote-then-cue/name"),
                new CueMention(new CharSpan(30, 34), "say", Stance.NEUTRAL), new CharSpan(0, 14), Kind.DIRECT, null,
                -1, Rule.QUOTE_THEN_CUE, null, confidence);
    }

    @Test
    void shouldCountASourceSpanExactOnlyWhenItIsTheSameAndByStartWhenItStartsThere() {
        Evaluation evaluation = new Evaluation();
        evaluation.add(TEXT, List.of(GOLD), List.of(predicted(new CharSpan(15, 24), Confidence.HIGH)));

        assertThat(evaluation.get("span", "source-exact").f1()).isZero();
        assertThat(evaluation.get("span", "source-start").f1()).isEqualTo(1.0);
        assertThat(evaluation.get("span", "cue-exact").f1()).isEqualTo(1.0);
        assertThat(evaluation.get("span", "content-exact").f1()).isEqualTo(1.0);
    }

    @Test
    void shouldCalibrateEachLevelByTheShareOfRightSources() {
        Evaluation evaluation = new Evaluation();
        evaluation.add(TEXT, List.of(GOLD), List.of(predicted(new CharSpan(21, 29), Confidence.HIGH)));
        evaluation.add(TEXT, List.of(GOLD), List.of(predicted(new CharSpan(35, 44), Confidence.MEDIUM)));

        Calibration direct = evaluation.calibration("direct");
        assertThat(direct.level(Confidence.HIGH).share()).isEqualTo(1.0);
        assertThat(direct.level(Confidence.MEDIUM).matched()).isEqualTo(1);
        assertThat(direct.level(Confidence.MEDIUM).right()).isZero();
        assertThat(direct.coverage(Confidence.HIGH)).isEqualTo(1.0);
    }

    @Test
    void shouldCountAPronounRightOnlyWhenItWasResolvedToThePersonTheAnnotationNames() {
        // 0         1         2         3         4         5         6
        // 0123456789012345678901234567890123456789012345678901234567890123456789
        String text = "Tom Berg said no. Ana Ruiz said yes. \"We will win,\" she said.";
        List<BratAttribution> gold = List.of(
                new BratAttribution(List.of(new CharSpan(14, 16)), new CharSpan(0, 8), new CharSpan(9, 13)),
                new BratAttribution(List.of(new CharSpan(32, 35)), new CharSpan(18, 26), new CharSpan(27, 31)),
                new BratAttribution(List.of(new CharSpan(37, 51)), new CharSpan(52, 55), new CharSpan(56, 60)));
        Evaluation evaluation = new Evaluation();
        evaluation.add(text, gold, List.of(pronoun("Tom Berg")));
        evaluation.add(text, gold, List.of(pronoun("Ana Ruiz")));

        Calibration.Level high = evaluation.calibration("direct").level(Confidence.HIGH);
        assertThat(high.matched()).isEqualTo(2);
        assertThat(high.spanShare()).isEqualTo(1.0);
        assertThat(high.share()).isEqualTo(0.5);
    }

    private static Attribution pronoun(String resolvedTo) {
        return new Attribution(new SourceMention(new CharSpan(52, 55), resolvedTo, SourceType.PERSON, "quote-then-cue/pronoun"),
                new CueMention(new CharSpan(56, 60), "say", Stance.NEUTRAL), new CharSpan(37, 51), Kind.DIRECT, null,
                -1, Rule.QUOTE_THEN_CUE, null, Confidence.HIGH);
    }
}
