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
    void shouldTakeAReasonGivenAsAPurposeOrAFear() {
        assertThat(AnonymityGenerator.reason("An aide, who spoke on the condition of anonymity to discuss the private "
                + "meeting, said it went well.")).contains("to discuss the private meeting");
        assertThat(AnonymityGenerator.reason("said a clerk who spoke on condition of anonymity for fear of losing her job."))
                .contains("for fear of losing her job");
        assertThat(AnonymityGenerator.reason("said an adviser who requested anonymity to speak candidly.")).contains("to speak candidly");
    }

    @Test
    void shouldNeverOfferATypicalReasonThatMeansWhatTheArticlesReasonSays() {
        assertThat(AnonymityGenerator.distractors("To discuss the private meeting"))
                .doesNotContain("Because the talks are private").contains("Because the source feared losing their job");
        assertThat(AnonymityGenerator.distractors("For fear of reprisals from the mayor"))
                .doesNotContain("Because the source feared losing their job");
        assertThat(AnonymityGenerator.distractors("To speak candidly"))
                .containsExactly("Because the source feared losing their job");
        assertThat(AnonymityGenerator.distractors(AnonymityGenerator.NO_REASON)).hasSize(3);
    }

    @Test
    void shouldFindTheWritersJudgingWordsOnlyOutsideQuotationMarks() {
        String text = "Tom Berg, a vocal critic of the mayor, said the plan was \"a bizarre idea\".";
        Optional<CharSpan> found = WriterVoiceGenerator.loadedInNarration(text);

        assertThat(found).map(span -> span.text(text)).contains("vocal critic");
        assertThat(WriterVoiceGenerator.loadedInNarration("Berg said the plan was \"a bizarre idea\".")).isEmpty();
        assertThat(WriterVoiceGenerator.loadedInNarration("Mr. Berg said, ''It was a bizarre idea.''"))
                .as("two apostrophes as quotation marks").isEmpty();
    }

    @Test
    void shouldNeverTakeASourcesParaphraseOrLabelForTheWritersVoice() {
        String paraphrase = "Tom Berg said the plan was disastrous for the park.";
        CharSpan reported = new CharSpan(paraphrase.indexOf("the plan"), paraphrase.length() - 1);
        assertThat(WriterVoiceGenerator.loadedInNarration(paraphrase, java.util.List.of(reported))).isEmpty();
        assertThat(WriterVoiceGenerator.loadedInNarration("Berg called the plan disastrous.")).isEmpty();
        assertThat(WriterVoiceGenerator.loadedInNarration("Ms. Lopez portrayed Mr. Berg as a desperate man.")).isEmpty();
        assertThat(WriterVoiceGenerator.loadedInNarration("The mayor blasted out an email to every voter.")).isEmpty();
        String narration = "The mayor blasted the plan on Monday.";
        assertThat(WriterVoiceGenerator.loadedInNarration(narration)).map(s -> s.text(narration)).contains("blasted");
    }

    @Test
    void shouldShowTheWholeSentenceEvenPastATitlesFullStop() {
        String text = "The vote is on Friday. Mr. Berg made a desperate case to the council. It failed.";
        CharSpan at = new CharSpan(text.indexOf("desperate"), text.indexOf("desperate") + 9);

        assertThat(Sentences.around(text, at).text(text)).isEqualTo("Mr. Berg made a desperate case to the council.");
    }
}
