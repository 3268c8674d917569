package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FIRSTHAND on made-up articles (more first-hand acts in paraphrases, what the article passes on from a record), and
 * WRITER_VOICE options of the key's own form.
 */
class FirsthandSourcingTest {

    private static List<DraftQuestion> firsthand(String text) {
        return new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(text)).questions().stream()
                .filter(q -> q.skill() == Skill.FIRSTHAND && q.type() == ItemType.CHOICE).toList();
    }

    private static String key(DraftQuestion q) {
        return q.options().get(q.answer());
    }

    @Test
    void shouldReadAConversationTheSourceHadAsTakingPart() {
        List<DraftQuestion> questions = firsthand("The council met on Monday.\n"
                + "Mr. Berg said he had spoken with the mayor about the bridge.\n"
                + "\"It is a bad plan,\" Mr. Berg said.\n");

        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.prompt()).startsWith("According to the article, Berg said he had spoken with the mayor");
            assertThat(key(q)).isEqualTo("Yes: Berg took part or saw it first-hand");
        });
    }

    @Test
    void shouldReadAWordOfTimeBeforeTheActAndADecisionAboutTheSourcesOwnPost() {
        assertThat(firsthand("Shots were fired downtown.\nMr. Berg said he first heard gunfire at 9 p.m.\n"
                + "\"I ran,\" Mr. Berg said.\n")).singleElement()
                .satisfies(q -> assertThat(key(q)).isEqualTo("Yes: Berg took part or saw it first-hand"));
        assertThat(firsthand("The race for mayor is close.\nMs. Lopez said she is ending her campaign for mayor.\n"
                + "\"It was an honour,\" Ms. Lopez said.\n")).singleElement()
                .satisfies(q -> assertThat(key(q)).isEqualTo("Yes: Lopez tells of her own act or decision"));
        assertThat(firsthand("The vote is close.\nMr. Berg said he called Lopez a liar.\n\"She is,\" Mr. Berg said.\n"))
                .as("calling someone a name is no call").isEmpty();
    }

    @Test
    void shouldNotTakeItForABodyWhenThePassageUsesItForAPlan() {
        assertThat(firsthand("The bridge plan was announced on Monday.\n"
                + "The city estimates that it would cost $3 million. The Parks Council says it would delay the work by a year.\n"))
                .as("\"it\" may be the plan").isEmpty();
    }

    @Test
    void shouldAskWhereTheArticleGotAFigureItCreditsToARecord() {
        List<DraftQuestion> questions = firsthand("The county held its election on Tuesday.\n"
                + "Turnout fell by a third in the county this year, according to state election records.\n");

        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.prompt()).isEqualTo("The article states: Turnout fell by a third in the county this year. "
                    + "Was the writer of the article in a position to know this first-hand?").doesNotContain("according to");
            assertThat(key(q)).isEqualTo("No: the writer passes it on from state election records");
            assertThat(q.options()).containsExactlyInAnyOrder("No: the writer passes it on from state election records",
                    "Yes: the writer saw it or took part first-hand", "No: the article gives no source for it");
            assertThat(q.explanation()).contains("\"according to state election records\"");
        });
    }

    @Test
    void shouldNotAskWhenTheCreditIsThePublicationsOwnWorkOrTheWordsAreNoWholeStatement() {
        assertThat(firsthand("The county held its election on Tuesday.\n"
                + "Turnout fell by a third in the county this year, according to a Daily Ledger analysis of state records.\n"))
                .as("the publication's own work").isEmpty();
        assertThat(firsthand("The county held its election on Tuesday.\n"
                + "Turnout fell by a third in the county this year, according to state records, and the mayor blamed the rain.\n"))
                .as("the sentence goes on").isEmpty();
        assertThat(firsthand("The county held its election on Tuesday.\n"
                + "It fell by a third in the county this year, according to state election records.\n"))
                .as("leans on the sentence before").isEmpty();
        assertThat(firsthand("Berg spoke for an hour on Monday.\n"
                + "A simple question gets a long answer about why the plan must fail - which it often does, according to Berg.\n"))
                .as("the credit covers only the last clause").isEmpty();
    }

    @Test
    void shouldReadBeingThereAndTheSourcesOwnActsInAQuotation() {
        assertThat(firsthand("The clinic closed in May.\n"
                + "\"I was in Lakeview last week and a nurse stopped me in the street,\" said Ana Lopez, the clinic's director.\n"
                + "\"It was a hard year,\" Lopez said.\n")).singleElement().satisfies(q -> {
                    assertThat(q.prompt()).contains("I was in Lakeview last week");
                    assertThat(key(q)).isEqualTo("Yes: Ana Lopez took part or saw it first-hand");
                });
        assertThat(firsthand("The bridge vote is close.\n"
                + "\"We sent out letters to our members and we raised $18,000 in a day,\" said Tom Berg, who leads the group.\n"))
                .singleElement().satisfies(q -> assertThat(key(q)).isEqualTo("Yes: Tom Berg took part or saw it first-hand"));
        assertThat(firsthand("The clinic closed in May.\n"
                + "\"If I was in Lakeview, I would help the nurses,\" said Ana Lopez, the clinic's director.\n"))
                .as("a supposition").isEmpty();
    }

    @Test
    void shouldAskWhereTheArticleGotWhatARecordOrAPollFound() {
        assertThat(firsthand("The county held its election on Tuesday.\n"
                + "A state audit found that the county fund lost $2 million in two years.\n"))
                .singleElement().satisfies(q -> {
                    assertThat(q.prompt()).isEqualTo("The article states: The county fund lost $2 million in two years. "
                            + "Was the writer of the article in a position to know this first-hand?");
                    assertThat(key(q)).isEqualTo("No: the writer passes it on from a state audit");
                    assertThat(q.explanation()).contains("\"a state audit found\"");
                });
        assertThat(firsthand("The race for mayor is close.\n"
                + "The mayor has raised more money than any other candidate this year, the Daily Ledger reported on Monday.\n"))
                .singleElement().satisfies(q -> {
                    assertThat(q.prompt()).startsWith("The article states: The mayor has raised more money than any other");
                    assertThat(key(q)).isEqualTo("No: the writer passes it on from the Daily Ledger");
                });
    }

    @Test
    void shouldNotAskWhatABodyOrThePublicationItselfFoundNorAFindingWithoutAStatement() {
        assertThat(firsthand("The race for mayor is close.\n"
                + "The Lopez campaign found that the mayor has raised more money than any other candidate.\n"))
                .as("a body's own claim").isEmpty();
        assertThat(firsthand("The race for mayor is close.\n"
                + "The mayor has raised more money than any other candidate this year, The Times reported.\n"))
                .as("maybe the publication itself").isEmpty();
        assertThat(firsthand("The race for mayor is close.\n"
                + "The Daily Ledger previously reported that the mayor has raised more money than any other candidate.\n"))
                .as("the publication's earlier reporting").isEmpty();
        assertThat(firsthand("The race for mayor is close.\n"
                + "A new poll showed the mayor leading the field with 40 percent of the vote.\n"))
                .as("no statement: what the poll showed is no clause").isEmpty();
        assertThat(firsthand("The race for mayor is close.\n"
                + "A new poll found that he leads the field with 40 percent of the vote.\n"))
                .as("leans on the sentence before").isEmpty();
    }

    private static List<DraftQuestion> writerVoice(String text) {
        return new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(text)).questions().stream()
                .filter(q -> q.skill() == Skill.WRITER_VOICE).toList();
    }

    @Test
    void shouldSetAJudgingAdjectiveAmongPlainAdjectivesOfTheArticleNotAmongVerbs() {
        List<DraftQuestion> questions = writerVoice("The notorious plan was passed by the former mayor at the annual meeting.\n"
                + "\"It is over,\" Berg said.\nAna Lopez told reporters the park would open.\n");

        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(key(q)).isEqualTo("notorious");
            assertThat(q.options()).contains("former", "annual").doesNotContain("said", "told");
            assertThat(q.explanation()).contains("plain description such as \"former\"").doesNotContain("\"said\"");
        });
    }

    @Test
    void shouldNotAskForAJudgingAdjectiveWhenOnlyVerbsCouldStandBesideIt() {
        assertThat(writerVoice("The notorious plan passed on Monday.\n\"It is over,\" Berg said.\n"
                + "Ana Lopez told reporters the park would open.\n")).as("the one adjective among verbs").isEmpty();
        assertThat(writerVoice("Notorious as it is, the plan passed at the annual meeting.\n\"It is over,\" Berg said.\n"))
                .singleElement().satisfies(q -> assertThat(key(q)).as("no capital to mark the key").isEqualTo("notorious"));
        assertThat(writerVoice("Berg slammed the plan on Monday.\n\"It is over,\" Berg said.\n"
                + "Ana Lopez told reporters the park would open.\n")).singleElement()
                .satisfies(q -> assertThat(q.options()).as("a verb among verbs").contains("slammed", "said"));
    }
}
