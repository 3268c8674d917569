package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FIRSTHAND from a paraphrase of the source's own act, and the kind of an unnamed expert, on made-up articles. */
class JudgingSourcesTest {

    private static List<DraftQuestion> questions(String text, Skill skill) {
        return new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(text)).questions().stream()
                .filter(q -> q.skill() == skill && q.type() == ItemType.CHOICE).toList();
    }

    @Test
    void shouldTakeASourcesReportedVoteAsTheirOwnActWithoutQuotationMarks() {
        List<DraftQuestion> firsthand = questions("The council voted on the park plan on Monday.\n"
                + "Mr. Berg said he voted against the plan because it cuts the trees.\n"
                + "\"It is a bad plan,\" Mr. Berg said.\n", Skill.FIRSTHAND);

        assertThat(firsthand).singleElement().satisfies(q -> {
            assertThat(q.prompt()).startsWith("According to the article, Berg said he voted against the plan")
                    .endsWith("Was Berg in a position to know this first-hand?").doesNotContain("\"");
            assertThat(q.key()).isEqualTo("Yes: Berg tells of his own act or decision");
            assertThat(q.options()).filteredOn(o -> o.startsWith("Yes")).hasSize(1);
            assertThat(q.explanation()).startsWith("The article reports that Berg said he voted against the plan")
                    .doesNotContain("own words");
        });
    }

    @Test
    void shouldTakeACampaignsReportedFundraisingAsItsOwnAct() {
        List<DraftQuestion> firsthand = questions("The race is close.\n"
                + "The Lopez campaign said it raised more than $2 million in May.\n"
                + "\"We are proud,\" Ana Lopez said.\n", Skill.FIRSTHAND);

        assertThat(firsthand).singleElement().satisfies(q -> {
            assertThat(q.key()).isEqualTo("Yes: the Lopez campaign tells of its own act or decision");
            assertThat(q.explanation()).contains("said it raised more than $2 million in May");
        });
    }

    @Test
    void shouldNotTakeAPronounThatMayMeanSomeoneElseForTheSource() {
        assertThat(questions("The vote was on Monday.\nBerg said she voted against the plan.\n", Skill.FIRSTHAND))
                .as("\"she\" is not Berg").isEmpty();
        assertThat(questions("The vote was on Monday.\nMr. Berg said he would vote against the plan.\n", Skill.FIRSTHAND))
                .as("a vow about a vote to come").isEmpty();
        assertThat(questions("The vote was on Monday.\nThe Lopez campaign said it would be a close race.\n", Skill.FIRSTHAND))
                .as("a forecast, not the body's plan").isEmpty();
        assertThat(questions("The vote was on Monday.\nMr. Berg said he voted against it, according to reports.\n",
                Skill.FIRSTHAND)).as("two positions").isEmpty();
    }

    @Test
    void shouldAskWhatKindOfSourceUnnamedExpertsAre() {
        assertThat(InsiderKinds.of("several experts")).contains(InsiderKinds.Kind.EXPERT);
        assertThat(InsiderKinds.of("foreign policy analysts")).contains(InsiderKinds.Kind.EXPERT);
        assertThat(InsiderKinds.of("intelligence analysts")).as("they work for a government").isEmpty();
        assertThat(InsiderKinds.of("Republican economists")).as("a side").isEmpty();
        assertThat(InsiderKinds.of("law enforcement experts")).as("maybe police").isEmpty();
        assertThat(AnonymityGenerator.inSentence("He is a democratic socialist. The Democratic nominee spoke.",
                "Democratic strategists")).as("a party keeps its capital").isEqualTo("Democratic strategists");
        assertThat(AnonymityGenerator.inSentence("It has several parts.", "Several experts")).isEqualTo("several experts");
        assertThat(InsiderKinds.of("many Wall Street economists")).as("a named body's").isEmpty();
        assertThat(InsiderKinds.distractors(InsiderKinds.Kind.EXPERT, true)).as("an expert is also said to know")
                .doesNotContain(InsiderKinds.Kind.INFORMED.pluralLabel);

        List<DraftQuestion> anonymity = questions("The tax plan was announced on Monday.\n"
                + "Several experts said the plan would raise little money.\n"
                + "\"It is fair,\" Ana Lopez said of the plan, and she made several other points.\n", Skill.ANONYMITY);
        assertThat(anonymity).singleElement().satisfies(q -> {
            assertThat(q.prompt()).contains("\"several experts\"").contains("who these sources are");
            assertThat(q.key()).isEqualTo(InsiderKinds.Kind.EXPERT.pluralLabel);
            assertThat(q.options()).hasSizeBetween(3, 4);
        });
    }

    @Test
    void shouldAskForTheOneJudgingPhraseInTheSingularAndExplainOnlyTheOptionsOffered() {
        List<DraftQuestion> voice = questions("Tom Berg, a vocal critic of the mayor, spoke at a meeting on Monday.\n"
                + "\"The plan is over,\" Berg said.\nAna Lopez told reporters the park would open.\n", Skill.WRITER_VOICE);

        assertThat(voice).singleElement().satisfies(q -> {
            assertThat(q.key()).isEqualTo("vocal critic");
            assertThat(q.prompt()).contains(" is the writer's own judgement").doesNotContain(" are the writer's");
        });
        assertThat(WriterVoiceGenerator.others(false, true, List.of(), 2))
                .as("no quotation offered, none explained").doesNotContain("quotation marks");
        assertThat(WriterVoiceGenerator.others(true, true, List.of(), 2)).contains("quotation marks").contains("\"said\"");
        assertThat(WriterVoiceGenerator.others(true, false, List.of("meeting"), 2)).contains("\"meeting\"")
                .doesNotContain("\"said\"");
    }

    @Test
    void shouldNeverReadARoleFromInsideQuotationMarks() {
        assertThat(Roles.of("The band got the crowd to cheer for \"President Ana Lopez.\" She smiled.", "Ana Lopez"))
                .as("a chant, not the article's description").isEmpty();
        assertThat(Roles.of("They cheered for \"President Ana Lopez.\" The next day Sen. Ana Lopez spoke.", "Ana Lopez"))
                .contains("Senator");
        assertThat(Roles.of("It rained. Later Sen. Ana Lopez spoke.", "Ana Lopez")).as("a sentence opener").contains("Senator");
    }

    @Test
    void shouldOfferEachReportingVerbOnceAndNoSpeechTagAsASourcesWords() {
        List<DraftQuestion> voice = questions("Tom Berg slammed the mayor on Monday.\n"
                + "\"The plan is over,\" Berg said.\n\"It is not,\" Ana Lopez says.\n"
                + "A sign read \"Lopez said no\".\nMia Chen told reporters the park would open.\n", Skill.WRITER_VOICE);

        assertThat(voice).singleElement().satisfies(q -> {
            assertThat(q.options()).as("\"said\" and \"says\" are one verb").noneMatch(o -> o.equals("says"));
            assertThat(q.options()).noneMatch(o -> o.contains("Lopez said"));
        });
    }
}
