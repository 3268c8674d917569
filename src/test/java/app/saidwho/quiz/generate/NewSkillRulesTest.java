package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Kind;
import app.saidwho.quiz.generate.FirsthandGenerator.Position;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The explicit patterns each new skill takes its keys from, on made-up sentences. */
class NewSkillRulesTest {

    @Test
    void shouldReadARoleFromATitleBeforeTheNameOrAnAppositiveAfterIt() {
        assertThat(Roles.of("The plan was announced by his press secretary Ana Lopez on Monday.", "Ana Lopez"))
                .contains("press secretary");
        assertThat(Roles.of("It was a mistake, said Tom Berg, a critic of the park plan, on Friday.", "Tom Berg"))
                .contains("a critic of the park plan");
        assertThat(Roles.of("Deputy Director of Parks Mia Chen said no.", "Mia Chen")).contains("Deputy Director of Parks");
        assertThat(Roles.of("Later on Mia Chen said no.", "Mia Chen")).isEmpty();
        assertThat(Roles.overlap("Republican Senator", "a Republican and a critic of the mayor")).isTrue();
        assertThat(Roles.overlap("press secretary", "Senator")).isFalse();
    }

    @Test
    void shouldTellTakingPartFromPassingOnFromNotKnowing() {
        assertThat(FirsthandGenerator.key("\"We agreed on the budget in the room,\"", "Berg said.", Kind.DIRECT))
                .contains(Position.TOOK_PART);
        assertThat(FirsthandGenerator.key("that she and the mayor reached a deal", "Chen said that she and the mayor "
                + "reached a deal.", Kind.INDIRECT)).contains(Position.TOOK_PART);
        assertThat(FirsthandGenerator.key("that the plan would be cut", "Berg said, according to media reports, "
                + "that the plan would be cut.", Kind.INDIRECT)).contains(Position.PASSED_ON);
        assertThat(FirsthandGenerator.key("\"I don't know what was said at that meeting,\"", "Lopez said.", Kind.DIRECT))
                .contains(Position.DOES_NOT_KNOW);
        assertThat(FirsthandGenerator.key("\"The park is great,\"", "Lopez said.", Kind.DIRECT)).isEmpty();
        assertThat(FirsthandGenerator.key("\"I saw it, but I don't know why,\"", "Lopez said.", Kind.DIRECT))
                .as("two positions at once give no key").isEmpty();
    }

    @Test
    void shouldTakeTheReasonForAnonymityFromTheArticlesOwnWords() {
        assertThat(AnonymityGenerator.reason("An official, asking not to be identified because the talks are private, "
                + "said the deal was close.")).contains("because the talks are private");
        assertThat(AnonymityGenerator.reason("An aide who was not authorized to speak publicly said it was over."))
                .contains("The source was not authorized to speak publicly");
        assertThat(AnonymityGenerator.reason("An official speaking on condition of anonymity said so.")).isEmpty();
        assertThat(AnonymityGenerator.reason("An official said the deal was close.")).isEmpty();
    }

    @Test
    void shouldFindTheWritersJudgingWordsOnlyOutsideQuotationMarks() {
        String text = "Tom Berg, a vocal critic of the mayor, said the plan was \"a bizarre idea\".";
        Optional<CharSpan> found = WriterVoiceGenerator.loadedInNarration(text);

        assertThat(found).map(span -> span.text(text)).contains("vocal critic");
        assertThat(WriterVoiceGenerator.loadedInNarration("Berg said the plan was \"a bizarre idea\".")).isEmpty();
    }
}
