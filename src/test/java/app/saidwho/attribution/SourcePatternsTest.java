package app.saidwho.attribution;

import static app.saidwho.attribution.AttributionEngineTest.analyse;
import static app.saidwho.attribution.AttributionEngineTest.withContent;
import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.AttributionEngineTest.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sources the engine once got wrong by pattern (issue 11): groups, polls, "according to" chains; names are made up. */
class SourcePatternsTest {

    @Test
    void shouldTakeCoordinatedSenatorsAsOneGroupNotTheLastName() {
        Found found = withContent("Senators Ana Ames, Bo Bell and Cy Cole said the bill \"is a disgrace to the chamber.\"",
                "disgrace");

        assertThat(found.source()).isEqualTo("Senators Ana Ames, Bo Bell and Cy Cole");
        assertThat(found.attribution().source().name()).isEqualTo("Ana Ames, Bo Bell and Cy Cole");
    }

    @Test
    void shouldTakeTwoNamesInTheTagAfterAQuotationAsTheirGroup() {
        Found found = withContent("\"We will fight this,\" Ames and Bell said in a statement.", "fight");

        assertThat(found.attribution().source().name()).isEqualTo("Ames and Bell");
    }

    @Test
    void shouldLeaveTheLabelOutOfAGroupsName() {
        Found found = withContent("Republican hopefuls Jeb Ames and Chris Cole both said the debate \"was a circus.\"", "circus");

        assertThat(found.attribution().source().name()).isEqualTo("Jeb Ames and Chris Cole");
    }

    @Test
    void shouldNotJoinTheObjectOfAVerbToTheSpeaker() {
        AttributionResult result = analyse("Diaz praised Bell and Cole said the race \"was fair.\"");
        Attribution said = result.attributions().stream().filter(a -> a.cue().lemma().equals("say")).findFirst().orElseThrow();

        assertThat(said.source().name()).isEqualTo("Cole");
    }

    @Test
    void shouldNotJoinANameBeforeACommaAndANewClause() {
        Found found = withContent("Diaz beat Ames, and Cole said the race \"was fair.\"", "was fair");

        assertThat(found.attribution().source().name()).isEqualTo("Cole");
    }

    @Test
    void shouldNameAPollThatShowsSomething() {
        Found found = withContent("A Bloomberg poll shows Ruiz leading Doyle by six points.", "six points");

        assertThat(found.attribution().source().name()).isEqualTo("Bloomberg poll");
        assertThat(found.attribution().source().type()).isEqualTo(SourceType.ORGANISATION);
        assertThat(found.cue()).isEqualTo("shows");
    }

    @Test
    void shouldLetAPollReleasedOnADayFindSomething() {
        Found found = withContent("A Quinnipiac University poll released Monday found Ruiz ahead in Ohio.", "ahead");

        assertThat(found.attribution().source().name()).isEqualTo("Quinnipiac University poll");
        assertThat(found.cue()).isEqualTo("found");
    }

    @Test
    void shouldNestAReportInItsAccordingToWithoutACycle() {
        AttributionResult result = analyse("The Daily Ledger reports that the mayor will resign, according to two aides.");
        List<Attribution> found = result.attributions();

        assertThat(found).hasSize(2);
        Attribution aides = found.stream().filter(a -> a.rule() == Rule.ACCORDING_TO).findFirst().orElseThrow();
        Attribution ledger = found.stream().filter(a -> a.rule() != Rule.ACCORDING_TO).findFirst().orElseThrow();
        assertThat(aides.parent()).isEqualTo(-1);
        assertThat(found.get(ledger.parent())).isSameAs(aides);
    }

    @Test
    void shouldKeepTheUnitedNationsABodyWhenTheArticleWritesNationsInLowerCase() {
        Found found = withContent("The United Nations said the ceasefire \"must hold.\"\n"
                + "Few nations were united behind it.", "must hold");

        assertThat(found.attribution().source().name()).isEqualTo("United Nations");
        assertThat(found.attribution().source().type()).isEqualTo(SourceType.ORGANISATION);
    }

    @Test
    void shouldFindAnInvertedSpeakerAfterALowerCaseDescription() {
        Found found = withContent("\"We can win this,\" said former tech executive Cara Fenn during the debate.", "win this");

        assertThat(found.attribution().source().name()).isEqualTo("Cara Fenn");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldReadADescriptionWithOfBeforeAnInvertedName() {
        Found found = withContent("\"We can win this,\" said master of ceremonies Asab Tal, a local engineer.", "win this");

        assertThat(found.attribution().source().name()).isEqualTo("Asab Tal");
    }

    @Test
    void shouldTakeOneFormerExecutiveForTheSpeaker() {
        Found found = withContent("\"We can win this,\" said one former executive who requested anonymity.", "win this");

        assertThat(found.source()).isEqualTo("one former executive");
    }

    @Test
    void shouldGiveAQuotationInsideASentenceToItsSubjectWithoutACueAndNeverAsAKey() {
        Found found = withContent("Moore thanked him for \"stepping up and taking action when Congress would not.\"", "stepping up");

        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTING_SUBJECT);
        assertThat(found.attribution().source().name()).isEqualTo("Moore");
        assertThat(found.attribution().cue()).isNull();
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void shouldLeaveAQuotationAfterItOrThisWithoutASource() {
        Found found = withContent("It was a \"very bad deal for the workers of this town.\"", "bad deal");

        assertThat(found.attribution().source()).isNull();
    }

    @Test
    void shouldLeaveAShortScareQuoteInsideASentenceAlone() {
        AttributionResult result = analyse("Moore called the plan \"bold\" and left.\nThe mayor thanked the \"heroes\" of the day.");

        assertThat(result.attributions()).noneMatch(a -> a.rule() == Rule.QUOTING_SUBJECT);
    }

    @Test
    void shouldTrustHeInTheTagRightAfterTheSameSpeakersNamedQuotation() {
        Found found = withContent("\"We will win,\" Reed said. \"The plan is working,\" he said.", "plan is working");

        assertThat(found.attribution().source().name()).isEqualTo("Reed");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldNotTrustAPronounThatAnotherSpeakerSeparatesFromItsName() {
        Found found = withContent("\"We will win,\" Reed said. \"No,\" Ana Cole replied. \"The plan is working,\" he said.",
                "plan is working");

        assertThat(found.attribution().confidence()).isNotEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldNameThePersonNotThePlaceAfterOf() {
        Found found = withContent("\"I think she should have run from Ohio,\" said Jon Pratt of Cheyenne.", "run from Ohio");

        assertThat(found.attribution().source().name()).isEqualTo("Jon Pratt");
        assertThat(found.attribution().source().type()).isEqualTo(SourceType.PERSON);
    }

    @Test
    void shouldNameThePersonNotTheBodySheSpeaksFor() {
        Found found = withContent("Ana Ruiz of the Center for Fair Harbors said the rules \"have no teeth at all.\"", "no teeth");

        assertThat(found.source()).isEqualTo("Ana Ruiz of the Center for Fair Harbors");
        assertThat(found.attribution().source().name()).isEqualTo("Ana Ruiz");
        assertThat(found.attribution().source().type()).isEqualTo(SourceType.PERSON);
    }

    @Test
    void shouldReadABodysNameWithOfInsideAsOneName() {
        Found found = withContent("On Monday, Bank of Westland said the fees would rise next year.", "fees would rise");

        assertThat(found.attribution().source().name()).isEqualTo("Bank of Westland");
        assertThat(found.attribution().source().type()).isEqualTo(SourceType.ORGANISATION);
    }

    @Test
    void shouldStillLeaveATitleWithOfOutOfAPersonsName() {
        Found found = withContent("Secretary of State Ana Ruiz said the talks \"went nowhere.\"", "went nowhere");

        assertThat(found.attribution().source().name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void shouldTakeExitPollsAsTheSourceOfTheFiguresTheyGive() {
        Found found = withContent("Ruiz won six in ten young voters, according to exit polls.", "six in ten");

        assertThat(found.source()).isEqualTo("exit polls");
        assertThat(found.attribution().cue().lemma()).isEqualTo("according to");
    }

    @Test
    void shouldNameTheWriterNotTheOutletTheyWroteIn() {
        Found found = withContent("\"It flows off the lips,\" wrote Lara Quinn in The Ledger.", "flows");

        assertThat(found.attribution().source().name()).isEqualTo("Lara Quinn");
    }

    @Test
    void shouldNameTwoPeopleWithTheirPlacesAsTheirGroup() {
        Found found = withContent("Tom Ames of Ohio and Ben Cole of Texas said the bill \"is dead on arrival.\"", "dead on");

        assertThat(found.attribution().source().span().text(found.result().text())).isEqualTo("Tom Ames of Ohio and Ben Cole of Texas");
        assertThat(found.attribution().source().name()).isEqualTo("Tom Ames and Ben Cole");
    }

    @Test
    void shouldNeverTakeAPartyTagAfterACommaForTheSource() {
        Found found = withContent("Sen. Ana Ruiz, R-Ohio, a long-shot candidate, said the plan \"will not work.\"", "will not work");

        assertThat(found.attribution().source().name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void shouldFindThePollNamedOnceWhenTheArticleGoesOnAboutThePoll() {
        String text = "A Bloomberg poll shows Ruiz leading Doyle by six points.\n"
                + "The poll found that most voters want a change.\nAccording to the poll, turnout will be high.";

        assertThat(withContent(text, "most voters").attribution().source().name()).isEqualTo("Bloomberg poll");
        assertThat(withContent(text, "turnout").attribution().source().name()).isEqualTo("Bloomberg poll");
    }

    @Test
    void shouldNotGuessWhichOfTwoPollsThePollIs() {
        String text = "A Bloomberg poll shows Ruiz ahead. A Gallup poll shows Doyle ahead. The poll found that most voters want a change.";

        assertThat(withContent(text, "most voters").attribution().source().name()).isNull();
    }
}
