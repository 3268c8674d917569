package app.saidwho.attribution;

import static app.saidwho.attribution.AttributionEngineTest.analyse;
import static app.saidwho.attribution.AttributionEngineTest.withContent;
import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.AttributionEngineTest.Found;
import org.junit.jupiter.api.Test;

/** Speech tags that news copy bends: insertions, initials, second cues, tagger slips; names are made up. */
class SpeechTagPatternsTest {

    @Test
    void shouldFindAnInvertedSourceFollowedByAClause() {
        Found found = withContent("\"We can still win on Tuesday,\" said Ruiz as she left the stage.", "still win");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.source()).isEqualTo("Ruiz");
    }

    @Test
    void shouldSeeThroughAReflexivePronoun() {
        Found found = withContent("Berg himself said that \"the only way to win is to knock on doors.\"", "knock");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.source()).isEqualTo("Berg");
    }

    @Test
    void shouldKeepANameWithAnInitialAndAPartyTagInOneSentence() {
        Found found = withContent("Senate leader Harold J. Mint (D-Ore.) told reporters that the bill \"may be dead\" for now.",
                "may be dead");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.attribution().source().name()).isEqualTo("Harold J. Mint");
        assertThat(found.cue()).isEqualTo("told");
    }

    @Test
    void shouldReachTheNameBehindAStateTag() {
        Found found = withContent("\"Let me make it perfectly clear,\" Senate leader Ed Mint, R-Ky., said.", "perfectly");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.attribution().source().name()).isEqualTo("Ed Mint");
    }

    @Test
    void shouldGiveTheSpeakerOfTheFirstVerbTheSecondOne() {
        Found found = withContent("Mrs. Ruiz shook her head and said, ''No.''", "No.");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_THEN_QUOTE);

        assertThat(found.attribution().source().name()).isEqualTo("Ruiz");
        assertThat(found.attribution().kind()).isEqualTo(Kind.DIRECT);
    }

    @Test
    void shouldTakeASentenceThatOnlyNamesTheSpeaker() {
        Found found = withContent("\"If you are listening, find the missing files.\" Lopez said.", "missing files");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.source()).isEqualTo("Lopez");
    }

    @Test
    void shouldNotTakeTheNextSentenceWhenItSaysMore() {
        String text = "\"We are done here.\" Lopez said the talks would resume in May.";

        assertThat(analyse(text).attributions())
                .noneMatch(a -> a.content().text(text).contains("done here") && a.source() != null);
    }

    @Test
    void shouldSplitContentAtASecondCueOfTheSameSpeaker() {
        String text = "Berg called the merger \"a terrible deal\" and warned that thousands of jobs would go.";
        Found called = withContent(text, "terrible deal");
        assertThat(called.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);
        Found warned = withContent(text, "thousands of jobs");
        assertThat(warned.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(called.content()).isEqualTo("the merger \"a terrible deal\"");
        assertThat(warned.source()).isEqualTo("Berg");
        assertThat(warned.cue()).isEqualTo("warned");
    }

    @Test
    void shouldReadAPresentTenseCueTheTaggerTakesForANoun() {
        Found found = withContent("“Voters in the county are restless,” Viggers notes.", "restless");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.source()).isEqualTo("Viggers");
    }

    @Test
    void shouldTakeTheOfficialAsASource() {
        Found found = withContent("''The agency will review every case,'' the official said.", "every case");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.source()).isEqualTo("the official");
    }

    @Test
    void shouldNotReportTheSpeakersOwnWordsAsAnotherAttribution() {
        String text = "\"When you have the mayor talking about parking as our biggest problem, we are lost,\" Berg said.";
        AttributionResult result = analyse(text);

        assertThat(result.attributions()).hasSize(1);
        assertThat(result.attributions().get(0).source().name()).isEqualTo("Berg");
    }

    @Test
    void shouldLeaveAQuoteInsideAClauseToTheCueBeforeIt() {
        String text = "Ruiz said the plan was \"a disaster,\" although she backs parts of it.";
        Found found = withContent(text, "disaster");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.source()).isEqualTo("Ruiz");
        assertThat(analyse(text).attributions()).noneMatch(a -> a.source() != null
                && a.source().span().text(text).equals("she") && a.content().text(text).equals("\"a disaster,\""));
    }

    @Test
    void shouldSplitContentAtButAndASecondCue() {
        String text = "Mint described the talks as \"useful\" but warned that the deadline would slip.";

        assertThat(withContent(text, "useful").content()).isEqualTo("the talks as \"useful\"");
        assertThat(withContent(text, "deadline").cue()).isEqualTo("warned");
        assertThat(withContent(text, "deadline").source()).isEqualTo("Mint");
    }

    @Test
    void shouldGiveAStatementToTheBodyThatIssuedIt() {
        Found found = withContent("The league issued a statement saying it \"regrets the delay.\"", "regrets");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.source()).isEqualTo("The league");
    }

    @Test
    void shouldFindACueWithAShortPhraseBeforeTheQuote() {
        assertThat(withContent("Ruiz said about the vote, \"We counted every ballot.\"", "every ballot").source())
                .isEqualTo("Ruiz");
        assertThat(withContent("But, said Berg, \"nobody asked us first.\"", "nobody asked").source())
                .isEqualTo("Berg");
    }

    @Test
    void shouldTakeReadNextToAQuoteOnly() {
        String text = "\"We will appeal,\" the statement read. Mint read the report twice.";

        assertThat(withContent(text, "appeal").source()).isEqualTo("the statement");
        assertThat(analyse(text).attributions()).noneMatch(a -> a.content().text(text).contains("report twice"));
    }

    @Test
    void shouldReadNamesTheTaggerTakesForOtherWords() {
        assertThat(withContent("\"It is a pretty expensive model,\" said Will Dorne, a professor.", "expensive").source())
                .isEqualTo("Will Dorne");
        assertThat(withContent("\"They are trying to get her to react,\" Wertheim said.", "react").source())
                .isEqualTo("Wertheim");
    }

    @Test
    void shouldKeepATitleAbbreviationWithItsName() {
        Found found = withContent("Rep. Elna Cumbers (D-Md.), chair of the committee, said that it was \"fully open.\"",
                "fully open");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.attribution().source().name()).isEqualTo("Elna Cumbers");
    }

    @Test
    void shouldFindTheSubjectBeforeGoingOnToSay() {
        assertThat(withContent("Bryne went on to say, \"I know this to be true.\"", "true").source()).isEqualTo("Bryne");
        assertThat(withContent("Husted continued by saying, \"We will appeal.\"", "appeal").source()).isEqualTo("Husted");
        assertThat(withContent("Mint was quick to add that the wall is \"not negotiable.\"", "negotiable").source())
                .isEqualTo("Mint");
    }

    @Test
    void shouldGiveTheSecondClauseTheSubjectOfTheFirst() {
        Found found = withContent("Carson did not name his rivals, but told his supporters, \"our nation is in trouble.\"",
                "trouble");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_THEN_QUOTE);

        assertThat(found.source()).isEqualTo("Carson");
    }

    @Test
    void shouldPassOverAnOpeningPhraseToFindTheSpeaker() {
        Found found = withContent("Speaking at a town hall in Salem, Ruiz went after Berg, calling him \"a total stiff.\"",
                "total stiff");
        assertThat(found.attribution().rule()).isEqualTo(Rule.PARTICIPLE_CLAUSE);

        assertThat(found.source()).isEqualTo("Ruiz");
    }

    @Test
    void shouldGiveACueAfterAndTheSubjectOfTheSentence() {
        Found found = withContent("Mint took the stage at the Grand Hotel in Dover and called the system \"rotten.\"",
                "rotten");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.source()).isEqualTo("Mint");
    }

    @Test
    void shouldReadAnUnnamedOfficialAsTheSource() {
        assertThat(withContent("A State Department official said, \"We will not comment.\"", "comment").source())
                .isEqualTo("A State Department official");
        assertThat(withContent("\"It is a way to take part,\" says a source involved in the talks.", "take part")
                .attribution().source().type()).isEqualTo(SourceType.ANONYMOUS);
    }

    @Test
    void shouldNotReportTheWordingInsideAParaphraseAsAnotherAttribution() {
        String text = "Ruiz says voters are \"right to be angry,\" but also hungry for what she calls \"real answers.\"";
        AttributionResult result = analyse(text);

        assertThat(result.attributions()).hasSize(1);
        assertThat(result.attributions().get(0).cue().lemma()).isEqualTo("say");
    }

    @Test
    void shouldStillNestANamedThirdPartyInsideAParaphrase() {
        String text = "Lena Park said that President Omar Diaz asked Sam Reed to invite the prime minister.";
        AttributionResult result = analyse(text);

        assertThat(result.attributions()).anyMatch(a -> a.cue().lemma().equals("ask") && a.parent() >= 0);
    }

    @Test
    void shouldKeepAQuotationWithNoSpeakerAsWordsOfAnUnknownSpeaker() {
        String text = "The rally went on past midnight.\n\"Nobody here is going home until the count is done.\"\n"
                + "Turnout was the highest in a decade.";
        AttributionResult result = analyse(text);

        Found found = withContent(text, "Nobody here");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_SPEAKER_UNKNOWN);
        assertThat(found.attribution().source()).isNull();
        assertThat(found.attribution().kind()).isEqualTo(Kind.DIRECT);
        assertThat(result.unattributed()).extracting(span -> span.text(text)).noneMatch(s -> s.contains("Nobody"));
    }

    @Test
    void shouldEndTheContentOfACueInAnOpeningClauseAtItsComma() {
        String text = "When Berg announced his run in June, he referred to the plan as \"a fraud.\"";

        assertThat(withContent(text, "his run").content()).isEqualTo("his run in June");
        assertThat(withContent(text, "fraud").source()).isEqualTo("he");
        assertThat(withContent(text, "fraud").attribution().source().name()).isEqualTo("Berg");
    }

    @Test
    void shouldEndTheContentWhereAnotherSpeakerTakesOver() {
        String text = "Mint said he would make the desert \"glow,\" for instance, and Ruiz vowed to \"bomb them.\"";

        assertThat(withContent(text, "glow").content()).doesNotContain("Ruiz");
        assertThat(withContent(text, "bomb them").source()).isEqualTo("Ruiz");
    }

    @Test
    void shouldNotAttributeWhatSomeoneCannotSay() {
        String text = "Mint cannot say that the vote was fair.";

        assertThat(analyse(text).attributions()).isEmpty();
    }

    @Test
    void shouldNestASpeakerInsideTheReportThatQuotesThem() {
        String text = "\"We will not give up this seat,\" Ruiz said, according to the Ledger.";
        AttributionResult result = analyse(text);

        Attribution ruiz = withContent(text, "give up").attribution();
        Attribution ledger = result.attributions().stream().filter(a -> a.cue().lemma().equals("according to"))
                .findFirst().orElseThrow();
        assertThat(ledger.source().span().text(text)).isEqualTo("the Ledger");
        assertThat(ledger.content().text(text)).contains("give up").contains("Ruiz said");
        assertThat(result.attributions().stream().filter(a -> a.cue().lemma().equals("say")).findFirst().orElseThrow()
                .parent()).isEqualTo(result.attributions().indexOf(ledger));
    }

    @Test
    void shouldNotTakeTheNextSentenceForAQuoteThatWasIntroduced() {
        String text = "Ruiz, exasperated, responded: \"What difference does it make?\" Her critics cited it for years.";

        assertThat(withContent(text, "What difference").source()).isEqualTo("Ruiz");
    }

    @Test
    void shouldReadASentenceThatOpensWithItsCue() {
        Found found = withContent("Said Dora Pym, who grew up with him in the neighborhood, \"We were all so proud of him.\"",
                "proud");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_THEN_QUOTE);

        assertThat(found.source()).isEqualTo("Dora Pym");
    }

    @Test
    void shouldReachTheNameBeforeAPartyTagAndAComma() {
        Found found = withContent("Gov. Jon Kaspar (R-OH), said, \"We are getting ready to rent a covered wagon.\"", "wagon");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_THEN_QUOTE);

        assertThat(found.attribution().source().name()).isEqualTo("Jon Kaspar");
    }

    @Test
    void shouldFindTheSubjectPastADateAndAnOpeningPhrase() {
        assertThat(withContent("Ruiz on Thursday stepped up her attacks on Mint, saying he is \"weak on crime.\"", "weak")
                .source()).isEqualTo("Ruiz");
        assertThat(withContent("Responding to the plan to close the port, the mayor rallied workers, saying: "
                + "\"We have to be ready to stop it.\"", "ready to stop").source()).isEqualTo("the mayor");
    }

    @Test
    void shouldKeepASurnameThatIsAlsoAModalVerb() {
        Found found = withContent("Prime Minister Anna May said this week that the vote would take place in March.", "vote");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.attribution().source().name()).isEqualTo("Anna May");
    }

    @Test
    void shouldEndAClauseWithWhoAtItsClosingComma() {
        String text = "Petra Lind, who thinks the agency overreached, called the new law \"much better\" than the old one.";

        assertThat(withContent(text, "overreached").content()).isEqualTo("the agency overreached");
        assertThat(withContent(text, "much better").source()).isEqualTo("Petra Lind");
    }

    @Test
    void shouldReachASpeakerBehindALongDescription() {
        Found found = withContent("''I just do not think she has been truthful,'' Cecily Purn, 67, a retired customer service "
                + "representative in Allentown, Pa., said.", "truthful");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.attribution().source().name()).isEqualTo("Cecily Purn");
    }

    @Test
    void shouldTakeOneUnnamedPersonAsTheSource() {
        Found found = withContent("\"It was not a convincing argument,\" said one Democrat at the meeting.", "convincing");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.source()).startsWith("one Democrat");
    }

    @Test
    void shouldGiveTheQuoteAfterARelativeClauseToItsSpeaker() {
        Found found = withContent("Ruiz won an endorsement from Ada Kell, who declared in the spin room, "
                + "\"It is time to unite.\"", "time to unite");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_THEN_QUOTE);

        assertThat(found.attribution().source().name()).isEqualTo("Ada Kell");
    }

    @Test
    void shouldLetAnInvertedSpeechTagClaimAQuoteInsideAClause() {
        Found found = withContent("Mint was not one for \"long meetings with the whole team,\" said one former aide.",
                "long meetings");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.source()).isEqualTo("one former aide");
    }

    @Test
    void shouldReadANameWithAPartyTagBeforeAColon() {
        Found found = withContent("Rep. Tomas Gould (R-S.C.): \"I have not heard anyone cite that figure.\"", "that figure");
        assertThat(found.attribution().rule()).isEqualTo(Rule.NAME_COLON_QUOTE);

        assertThat(found.attribution().source().name()).isEqualTo("Tomas Gould");
    }

    @Test
    void shouldPassOverAPhraseOfTimeToTheSubject() {
        assertThat(withContent("Berg at the time said he had asked his \"people\" to look into it.", "people").source())
                .isEqualTo("Berg");
        assertThat(withContent("Senator Ada Kell last week said the plan was \"not serious.\"", "not serious")
                .attribution().source().name()).isEqualTo("Ada Kell");
    }
}
