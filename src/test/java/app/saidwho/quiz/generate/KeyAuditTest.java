package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.brat.BratAttribution;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.generate.KeyAudit.Check;
import app.saidwho.quiz.generate.KeyAudit.Verdict;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** quiz-eval's audit of MATCH pairs: each row's speaker against the annotated source of its quotation. */
class KeyAuditTest {
    private static final String PARK = NewItemsGenerationTest.PARK;
    private static final QuizDraft DRAFT = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(PARK));

    @Test
    void shouldFindEveryMatchRowRightWhenTheAnnotationNamesItsSpeaker() {
        List<BratAttribution> gold = List.of(said("We will build more parks", "Ana Lopez"),
                said("Not with my money", "Tom Berg"), said("The city needs trees", "Mia Chen"));

        Map<String, Verdict> rows = matchRows(KeyAudit.audit(PARK, DRAFT, gold));

        assertThat(rows).containsEntry("Ana Lopez", Verdict.RIGHT).containsEntry("Tom Berg", Verdict.RIGHT)
                .containsEntry("Mia Chen", Verdict.RIGHT);
    }

    @Test
    void shouldFindTheRowWrongWhoseQuotationTheAnnotationGivesSomeoneElse() {
        List<BratAttribution> gold = List.of(said("We will build more parks", "Ana Lopez"),
                said("Not with my money", "Mia Chen"), said("The city needs trees", "Mia Chen"));

        List<Check> checks = KeyAudit.audit(PARK, DRAFT, gold);

        assertThat(matchRows(checks)).containsEntry("Tom Berg", Verdict.WRONG).containsEntry("Ana Lopez", Verdict.RIGHT);
        assertThat(checks).filteredOn(c -> c.verdict() == Verdict.WRONG && c.type() == ItemType.MATCH)
                .singleElement().satisfies(c -> {
                    assertThat(c.label()).isEqualTo("WHO_SAID/MATCH");
                    assertThat(c.prompt()).contains("Not with my money");
                });
    }

    @Test
    void shouldCallARowUnverifiableWhenNoAnnotationHoldsItsWords() {
        List<BratAttribution> gold = List.of(said("We will build more parks", "Ana Lopez"));

        assertThat(matchRows(KeyAudit.audit(PARK, DRAFT, gold))).containsEntry("Ana Lopez", Verdict.RIGHT)
                .containsEntry("Tom Berg", Verdict.UNVERIFIABLE).containsEntry("Mia Chen", Verdict.UNVERIFIABLE);
    }

    /** The verdict of each MATCH row, by the speaker the row is keyed to. */
    private static Map<String, Verdict> matchRows(List<Check> checks) {
        return checks.stream().filter(c -> c.type() == ItemType.MATCH).collect(Collectors.toMap(Check::key, Check::verdict));
    }

    /** A gold attribution: the quoted words, with the source at the first mention of {@code source}. */
    private static BratAttribution said(String words, String source) {
        return new BratAttribution(List.of(span(words)), span(source), null);
    }

    private static CharSpan span(String s) {
        int at = PARK.indexOf(s);
        return new CharSpan(at, at + s.length());
    }
}
