package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.quiz.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ROLE on made-up articles: what kind of source a role makes someone before how the article words it, one question a
 * kind, one "how does the article describe" item a quiz, and its options of the key's shape (read8).
 */
class RoleFormsTest {

    private static List<DraftQuestion> roles(String text) {
        return new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(text)).questions().stream()
                .filter(q -> q.skill() == Skill.ROLE).toList();
    }

    private static String key(DraftQuestion q) {
        return q.options().get(q.answer());
    }

    @Test
    void shouldAskTheKindOfSourceFirstAndEachKindOnce() {
        List<DraftQuestion> questions = roles("The council voted on the bridge plan on Monday.\n"
                + "Tom Berg, a spokesman for the mayor, spoke first.\n\"It is a waste of money,\" Berg said.\n"
                + "Ana Lopez, a spokeswoman for the council, answered him.\n\"We will build it,\" Lopez said.\n"
                + "Jon Reyes, an economist at Lake University, was asked next.\n\"The costs are too high,\" Reyes said.\n"
                + "Mary Dale, a nurse who lives by the river, spoke last.\n\"I like it,\" Dale said.\n");

        assertThat(questions).hasSize(2).allSatisfy(q -> assertThat(q.prompt()).endsWith("What kind of source is that?"));
        assertThat(questions).extracting(RoleFormsTest::key).containsExactly(
                "A spokesperson, aide or adviser who works for one side", "An expert who studies the subject");
    }

    @Test
    void shouldAskHowTheArticleDescribesSomeoneWithOptionsOfTheKeysShape() {
        List<DraftQuestion> questions = roles("The river rose again this week.\n"
                + "Mary Dale, a nurse who lives by the river, came to the meeting.\n\"It floods every spring,\" Dale said.\n"
                + "Carl Penn, a doctor at the clinic, came too.\n\"The mill is safe,\" Penn said.\n"
                + "Joan Kim, a teacher at the school on the hill, stood up.\n\"We closed early,\" Kim said.\n"
                + "Police Chief Sam Ortiz closed the road.\n\"The road is shut,\" Ortiz said.\n");

        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.prompt()).isEqualTo("How does the article describe Mary Dale?");
            assertThat(key(q)).isEqualTo("a nurse who lives by the river");
            assertThat(q.options()).as("a bare title among descriptions gives the form away")
                    .containsExactlyInAnyOrder("a nurse who lives by the river", "a doctor at the clinic",
                            "a teacher at the school on the hill");
        });
        assertThat(RoleGenerator.bareTitle("Police Chief")).isTrue();
        assertThat(RoleGenerator.bareTitle("Tax Foundation economist")).isTrue();
        assertThat(RoleGenerator.bareTitle("Secretary of State")).isTrue();
        assertThat(RoleGenerator.bareTitle("the interim chairwoman of the party")).isFalse();
        assertThat(RoleGenerator.bareTitle("Berg's campaign manager")).isFalse();
    }

    @Test
    void shouldNotOfferARoleAnotherPromptHasShown() {
        List<DraftQuestion> questions = roles("The river rose again this week.\n"
                + "Tom Berg, a spokesman for the mayor, spoke first.\n\"The town is ready,\" Berg said.\n"
                + "Mary Dale, a nurse who lives by the river, came to the meeting.\n\"It floods every spring,\" Dale said.\n"
                + "Carl Penn, a doctor at the clinic, came too.\n\"The mill is safe,\" Penn said.\n"
                + "Joan Kim, a teacher at the school on the hill, stood up.\n\"We closed early,\" Kim said.\n");

        assertThat(questions).hasSize(2);
        assertThat(questions.get(0).prompt()).isEqualTo(
                "The article introduces Tom Berg as \"a spokesman for the mayor\". What kind of source is that?");
        assertThat(questions.get(1)).satisfies(q -> {
            assertThat(q.prompt()).isEqualTo("How does the article describe Mary Dale?");
            assertThat(q.options()).doesNotContain("a spokesman for the mayor").hasSize(3);
        });
    }
}
