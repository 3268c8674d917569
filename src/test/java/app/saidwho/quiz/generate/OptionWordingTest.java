package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Skill;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Options that give nothing away and are not also right, on a made-up article about a bank. */
class OptionWordingTest {
    static final String ARTICLE = "The Northland Development Fund said on Tuesday that it would cut its forecast for growth.\n"
            + "\"Without action from governments, trade will slow for years to come,\" Fund chief economist Ana Ruiz said.\n"
            + "\"Our farmers cannot wait that long for help,\" Minister Tom Berg said at a press conference.\n"
            + "Berg added that he would ask parliament for new money next month.\n"
            + "\"Prices at the market have doubled since spring, and nobody knows why...\" trader Mia Chen said.\n"
            + "Farm incomes fell by a third last year.\n";
    static QuizDraft draft;

    @BeforeAll
    static void generate() {
        draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(ARTICLE));
    }

    @Test
    void shouldNotOfferTheBodyASpeakerSpeaksForAsAWrongSpeaker() {
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.WHO_SAID && q.key().equals("Ana Ruiz"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.options()).noneMatch(o -> o.contains("Fund")));
    }

    @Test
    void shouldNotMarkTheKeyOutByItsPunctuation() {
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.UNSOURCED && q.prompt().startsWith("Which of these"))
                .allSatisfy(q -> assertThat(q.options()).noneMatch(o -> o.endsWith(".") && !o.endsWith("...")));
        assertThat(draft.questions()).allSatisfy(q -> assertThat(q.options()).noneMatch(o -> o.contains("... …")));
    }

    @Test
    void shouldNotOfferAStatementThatOpensWithAnUnexplainedPronoun() {
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.WHAT_SAID)
                .allSatisfy(q -> assertThat(q.options()).noneMatch(o -> o.matches("(He|She|They|It) .*")));
    }

    @Test
    void shouldGiveABodysNameItsArticle() {
        assertThat(Grammar.named("International Monetary Fund", SourceType.ORGANISATION)).isEqualTo("the International Monetary Fund");
        assertThat(Grammar.named("Reuters", SourceType.ORGANISATION)).isEqualTo("Reuters");
        assertThat(Grammar.named("Jane Bank", SourceType.PERSON)).isEqualTo("Jane Bank");
    }
}
