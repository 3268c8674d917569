package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that look at the quiz as a whole: no item gives away another's answer, no verb whose stance a teacher could argue. */
class QuizWideRulesTest {
    private static final String ARTICLE = "Millbrook gets a new bridge\n"
            + "The old bridge over the Mill River was built in 1931 and closed to lorries in 2019.\n"
            + "\"We have waited ten years for this bridge, and the town will not wait any longer,\" Mayor Ruth Cole said.\n"
            + "\"The deck is the hardest part of the whole job, and we will start on it in spring,\" engineer Tom Brandt said.\n"
            + "\"Nobody asked the farmers what they need from a bridge like this one,\" farmer Ana Ruiz said.\n"
            + "Cole acknowledged that the town had waited too long to repair the old bridge over the river.\n"
            + "Brandt said the work would cost the county about $4 million over the next two years.\n";

    private static QuizDraft draft(String article) {
        return new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(article));
    }

    @Test
    void shouldNotAskWhetherWordsAreAQuotationAfterAWhoSaidPromptPrintedThemInMarks() {
        QuizDraft draft = draft(ARTICLE);
        List<CharSpan> printed = draft.questions().stream().filter(q -> q.skill() == Skill.WHO_SAID && q.claim() != null)
                .map(q -> q.claim().words()).toList();
        assertThat(printed).isNotEmpty();
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.QUOTE_OR_PARAPHRASE)
                .allSatisfy(q -> assertThat(printed).noneMatch(w -> w.overlaps(q.evidence()) && q.prompt().contains(
                        Excerpts.unquoted(w.text(ARTICLE)).split(" ")[3])));
    }

    @Test
    void shouldSetTheShownWordsOfAQuoteOrParaphraseQuestionOnALineOfTheirOwn() {
        assertThat(draft(ARTICLE).questions()).filteredOn(q -> q.skill() == Skill.QUOTE_OR_PARAPHRASE).isNotEmpty()
                .allSatisfy(q -> assertThat(q.prompt()).contains("quotation marks:\n").contains("\nFind them in the article."));
    }

    @Test
    void shouldNotAskTheStanceOfAcknowledged() {
        assertThat(draft(ARTICLE).questions()).filteredOn(q -> q.skill() == Skill.CUE_STANCE)
                .noneMatch(q -> q.prompt().contains("\"acknowledged\""));
    }

    @Test
    void shouldNotOfferWhatASourceCitedAsAStatement() {
        String article = ARTICLE + "Cole said the bridge \"has made the town safer,\" citing the end of the lorry traffic"
                + " through the narrow streets of the old town centre.\n";
        assertThat(draft(article).questions()).filteredOn(q -> q.skill() == Skill.UNSOURCED)
                .allSatisfy(q -> assertThat(q.options()).noneMatch(o -> o.startsWith("The end of the lorry traffic")));
    }

    @Test
    void shouldNotAskWhoSaidAQuotationHoldingSomeoneElsesQuotedWords() {
        String article = ARTICLE + "\"His aides told me, 'The bridge will never be built in our time,' and we laughed at them,\""
                + " Mayor Ruth Cole said.\n";
        QuizDraft draft = draft(article);
        assertThat(draft.questions())
                .filteredOn(q -> q.skill() == Skill.WHO_SAID && q.type() == app.saidwho.quiz.ItemType.CHOICE)
                .noneMatch(q -> q.prompt().contains("His aides told me"));
        assertThat(draft.questions()).filteredOn(q -> q.type() == app.saidwho.quiz.ItemType.MATCH)
                .allSatisfy(q -> assertThat(q.pairs()).noneMatch(p -> p.prompt().contains("His aides told me")));
    }

    @Test
    void shouldNotAskQuoteOrParaphraseOnHalfASentenceASpeechTagSplits() {
        String article = ARTICLE + "\"Now that the money is there for the whole of the work,\" Brandt told the council,"
                + " \"we can build the new bridge in two years.\"\n";
        assertThat(draft(article).questions()).filteredOn(q -> q.skill() == Skill.QUOTE_OR_PARAPHRASE)
                .noneMatch(q -> q.prompt().contains("Now that the money"));
    }

    @Test
    void shouldNotOfferAsAWrongStatementTheWordsAnotherItemKeys() {
        QuizDraft draft = draft(ARTICLE);
        List<String> whoSaidKeys = draft.questions().stream().filter(q -> q.skill() == Skill.WHO_SAID && q.claim() != null)
                .map(q -> Excerpts.unquoted(q.claim().words().text(ARTICLE)).replaceAll("[,.]$", "")).toList();
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.WHAT_SAID).allSatisfy(q -> assertThat(
                q.options().stream().filter(o -> !o.equals(q.key()) && whoSaidKeys.stream().anyMatch(k -> k.startsWith(
                        o.replace(" …", ""))))).hasSizeLessThanOrEqualTo(1));
    }

    @Test
    void shouldOfferADiplomatAsAKindOfInsiderOnlyInAnArticleAboutForeignAffairs() {
        assertThat(InsiderKinds.distractors(InsiderKinds.Kind.EXPERT, true, "The tax plan would raise $1 trillion."))
                .doesNotContain(InsiderKinds.Kind.DIPLOMAT.label(true)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(InsiderKinds.distractors(InsiderKinds.Kind.EXPERT, true, "The embassy closed on Monday."))
                .contains(InsiderKinds.Kind.DIPLOMAT.label(true));
    }
}
