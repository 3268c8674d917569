package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Kind;
import app.saidwho.quiz.generate.Firsthand.Finding;
import app.saidwho.quiz.generate.Firsthand.Position;
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
    void shouldReadRolesPastTitlesAbbreviationsAndPossessives() {
        assertThat(Roles.of("\"No,\" said Tom Berg, a former aide to Mrs. Lopez, on Monday.", "Tom Berg"))
                .contains("a former aide to Mrs. Lopez");
        assertThat(Roles.of("said Mia Chen, a professor of economics at M.I.T., in May.", "Mia Chen"))
                .contains("a professor of economics at M.I.T.");
        assertThat(Roles.of("\"Yes,\" said Jon Reyes, Berg's campaign manager, on Friday.", "Jon Reyes"))
                .contains("Berg's campaign manager");
        assertThat(Roles.of("\"Yes,\" said Ann Dale, 44, a nurse from Porto.", "Ann Dale")).contains("a nurse from Porto");
        assertThat(Roles.of("The vote was close, Sen. Tom Berg said.", "Tom Berg")).contains("Senator");
        assertThat(Roles.of("When Senator Tom Berg spoke, the hall was full.", "Tom Berg")).contains("Senator");
        assertThat(Roles.of("It won the endorsement of Senator Tom Berg.", "Tom Berg")).contains("Senator");
    }

    @Test
    void shouldGiveARoleAKindOnlyWhenOneKindPlainlyFits() {
        assertThat(RoleKinds.of("Clinton spokesman")).contains(RoleKinds.Kind.SIDE);
        assertThat(RoleKinds.of("Texas Senator")).contains(RoleKinds.Kind.OFFICE);
        assertThat(RoleKinds.of("a professor of law at a state university")).contains(RoleKinds.Kind.EXPERT);
        assertThat(RoleKinds.of("the chief executive of a shoe maker")).contains(RoleKinds.Kind.COMPANY);
        assertThat(RoleKinds.of("a former senator")).as("what they were is not what they are").isEmpty();
        assertThat(RoleKinds.of("a financial adviser in Lakeview")).as("advises clients, not a side").isEmpty();
        assertThat(RoleKinds.of("a senior adviser to the governor")).contains(RoleKinds.Kind.SIDE);
        assertThat(RoleKinds.of("a Baptist minister")).as("a church's minister holds no office").isEmpty();
        assertThat(RoleKinds.of("executive director of a charity")).isEmpty();
        assertThat(RoleKinds.of("a professor who advises the mayor")).isEmpty();
        assertThat(RoleKinds.distractors(RoleKinds.Kind.OFFICE)).doesNotContain(RoleKinds.Kind.OFFICE.label)
                .contains(RoleKinds.AFFECTED);
    }

    @Test
    void shouldNeverTakeAPlaceOrAPointingBackMentionForASource() {
        String asked = "Ana Lopez, who told the council when asked about it: \"The park is done.\"";
        assertThat(SpeakerKeys.passiveCue(asked, asked.indexOf("asked"))).as("the council did not ask and speak").isTrue();
        assertThat(SpeakerKeys.passiveCue(asked, asked.indexOf("told"))).isFalse();
        assertThat(AnonymityGenerator.pointsBack("His chief aide")).as("may be someone the article names").isTrue();
        assertThat(AnonymityGenerator.pointsBack("the spokesman")).isTrue();
        assertThat(AnonymityGenerator.pointsBack("a senior official")).isFalse();
        assertThat(AnonymityGenerator.pointsBack("local officials")).isFalse();
    }

    @Test
    void shouldExplainARoleOnlyWithWhatItsKindMeans() {
        assertThat(RoleGenerator.side("a former speechwriter to Secretary of State Ana Lopez"))
                .as("the secretary is whom they wrote for").startsWith("A spokesperson, aide or adviser");
        assertThat(RoleKinds.of("an aide to Governor Tom Berg")).contains(RoleKinds.Kind.SIDE);
        assertThat(RoleGenerator.side("a senior executive at a shoe maker")).startsWith("Someone who works for a company");
        assertThat(RoleGenerator.side("former Lopez adviser")).startsWith("A spokesperson, aide or adviser");
        assertThat(RoleGenerator.side("the keeper of the park")).startsWith("The article tells you their position");
    }

    @Test
    void shouldTellTakingPartFromPassingOnFromNotKnowing() {
        assertThat(position("\"I was in the room when they signed it,\"", "Berg said.")).contains(Position.TOOK_PART);
        assertThat(position("\"We agreed on the budget,\"", "Berg said.")).contains(Position.TOOK_PART);
        assertThat(position("\"The talks went well,\"", "said Mia Chen, who attended the meeting."))
                .contains(Position.TOOK_PART);
        assertThat(position("\"The talks went well,\"", "said an official who took part in the talks."))
                .contains(Position.TOOK_PART);
        assertThat(Firsthand.find("that she and the mayor reached a deal", "Chen said … .", true).map(Finding::position))
                .contains(Position.TOOK_PART);
        assertThat(position("\"The plan will be cut, according to reports,\"", "Berg said.")).contains(Position.PASSED_ON);
        assertThat(position("\"The plan will be cut,\"", "Berg said, citing a report by the council."))
                .contains(Position.PASSED_ON);
        assertThat(position("\"I was told the plan would be cut,\"", "Berg said.")).contains(Position.PASSED_ON);
        assertThat(position("\"The deal is close,\"", "said a person familiar with the talks.")).contains(Position.PASSED_ON);
        assertThat(position("\"The deal is close,\"", "said officials briefed on the talks.")).contains(Position.PASSED_ON);
        assertThat(position("\"The mayor reportedly cut the plan,\"", "Berg said.")).contains(Position.PASSED_ON);
        assertThat(position("\"I wasn't there when they voted,\"", "Lopez said.")).contains(Position.DOES_NOT_KNOW);
        assertThat(position("\"I don't know anything about the deal,\"", "Lopez said.")).contains(Position.DOES_NOT_KNOW);
    }

    @Test
    void shouldGiveNoFirsthandKeyWithoutAnExplicitPattern() {
        assertThat(position("\"The park is great,\"", "Lopez told Reuters.")).as("told Reuters names a channel").isEmpty();
        assertThat(position("\"The troops are tired,\"", "the senator said, citing his own visit to the base."))
                .as("citing his own visit is first-hand").contains(Position.TOOK_PART);
        assertThat(position("\"The park is better,\"", "Lopez said, citing the new trees and the lake."))
                .as("citing a reason is not passing on").isEmpty();
        assertThat(position("\"The park is better,\"", "Lopez said, citing unnamed officials.")).contains(Position.PASSED_ON);
        assertThat(position("\"I never met him,\"", "Lopez said.")).isEmpty();
        assertThat(position("\"If I went to the park, I'd love it,\"", "Lopez said.")).as("a supposition").isEmpty();
        assertThat(position("\"What we have seen is a lack of trees,\"", "Lopez said.")).as("any reader's \"we\"").isEmpty();
        assertThat(position("\"I don't know if he will win,\"", "Lopez said.")).as("not knowing the future").isEmpty();
        assertThat(position("\"I saw it, but I don't know anything about the vote,\"", "Lopez said."))
                .as("two positions at once give no key").isEmpty();
        assertThat(Firsthand.find("that I met him", "Berg said … .", true)).as("a paraphrase's I is the writer's").isEmpty();
    }

    @Test
    void shouldTakeASourcesOwnActsAsFirsthandAndWhatPeopleAreSayingAsPassedOn() {
        assertThat(position("\"I voted against the budget because it cuts the parks,\"", "Berg said.")).contains(Position.TOOK_PART);
        assertThat(position("\"We decided to close the pool in May,\"", "Chen said.")).contains(Position.TOOK_PART);
        assertThat(position("\"If I voted for it, I would regret it,\"", "Berg said.")).as("a supposition").isEmpty();
        assertThat(position("\"I decided that the vote was wrong,\"", "Berg said.")).as("a judgement, not an act").isEmpty();
        assertThat(position("\"A lot of people are saying the mayor will quit,\"", "Berg said.")).contains(Position.PASSED_ON);
        assertThat(position("\"I'm hearing the pool will close,\"", "Berg said.")).contains(Position.PASSED_ON);
        assertThat(position("\"The park, the group I founded and the town need trees,\"", "Chen said."))
                .as("a clause describing a noun").isEmpty();
        assertThat(position("\"I have seen great progress on trees,\"", "Chen said.")).as("seeing a judgement").isEmpty();
        assertThat(position("\"We check the lists, and that's how we decided if they stay,\"", "Chen said."))
                .as("a way of doing things").isEmpty();
        assertThat(position("\"In May we reviewed the contracts,\"", "Chen said.")).contains(Position.TOOK_PART);
    }

    @Test
    void shouldTakeASpokespersonAnnouncingTheBodysOwnPlanAsFirsthand() {
        assertThat(position("\"We will appeal the ruling,\"", "said Jon Reyes, a spokesman for the city."))
                .contains(Position.SPEAKS_FOR);
        assertThat(Firsthand.find("that the campaign will air ads in May", "campaign spokeswoman Mia Chen said … .", true)
                .map(Finding::position)).contains(Position.SPEAKS_FOR);
        assertThat(position("\"We will win in May,\"", "Berg said.")).as("a prediction, no spokesperson").isEmpty();
        assertThat(position("\"The voters will see through it,\"", "said a spokesman for Berg.")).as("about others").isEmpty();
        assertThat(position("\"We will be fine,\"", "said a spokesman for Berg.")).as("a forecast, no plan").isEmpty();
        assertThat(position("\"We will not give up the park,\"", "Mayor Lopez said in a statement."))
                .as("a leader's vow in a statement: no spokesperson").isEmpty();
        assertThat(Firsthand.find("that we will appeal", "a spokesman said … .", true)).as("a paraphrase's we").isEmpty();
        assertThat(FirsthandGenerator.options("Jon Reyes", Position.SPEAKS_FOR, "his")).hasSize(3)
                .filteredOn(o -> o.startsWith("Yes")).singleElement().asString().contains("speaks for");
    }

    @Test
    void shouldShowTheQuotedSentenceThatDecidesTheKey() {
        assertThat(FirsthandGenerator.around("\"The park is fine,\" Berg said. \"I have seen it grow. It is big.\"", "I have seen"))
                .isEqualTo("I have seen it grow.");
    }

    private static Optional<Position> position(String content, String presented) {
        return Firsthand.find(content, presented, false).map(Finding::position);
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
    void shouldReadAnUnnamedSourceAsTheArticleGoesOnWithIt() {
        String text = "The deal is close, according to two people familiar with the talks. It may fall through.";
        int at = text.indexOf("two people familiar");
        app.saidwho.attribution.Attribution a = new app.saidwho.attribution.Attribution(
                new app.saidwho.attribution.SourceMention(new CharSpan(at, at + "two people familiar".length()), "two people",
                        app.saidwho.attribution.SourceType.ANONYMOUS, "according-to/description"),
                new app.saidwho.attribution.CueMention(new CharSpan(text.indexOf("according"), text.indexOf("according") + 12),
                        "accord", app.saidwho.attribution.Stance.NEUTRAL), new CharSpan(0, text.indexOf(",")), Kind.INDIRECT,
                null, -1, app.saidwho.attribution.Rule.ACCORDING_TO, null, app.saidwho.attribution.Confidence.MEDIUM);
        ArticleFacts facts = new ArticleFacts(new app.saidwho.attribution.AttributionResult(text, java.util.List.of(a),
                java.util.List.of(), java.util.List.of()));

        assertThat(AnonymityGenerator.described(facts, a)).isEqualTo("two people familiar with the talks");
        assertThat(AnonymityGenerator.head("U.S. officials")).as("one question per kind of unnamed source")
                .isEqualTo(AnonymityGenerator.head("officials"));
        assertThat(AnonymityGenerator.head("sources familiar with the effort")).isEqualTo(AnonymityGenerator.head("sources"));
        assertThat(InsiderKinds.of(AnonymityGenerator.described(facts, a))).contains(InsiderKinds.Kind.INFORMED);
    }

    @Test
    void shouldTellTheKindOfInsiderOnlyFromTheArticlesOwnDescription() {
        assertThat(InsiderKinds.of("a senior administration official")).contains(InsiderKinds.Kind.GOVERNMENT);
        assertThat(InsiderKinds.of("a Lopez campaign aide")).contains(InsiderKinds.Kind.CAMPAIGN);
        assertThat(InsiderKinds.of("a Democratic strategist")).contains(InsiderKinds.Kind.CAMPAIGN);
        assertThat(InsiderKinds.of("a person familiar with the talks")).contains(InsiderKinds.Kind.INFORMED);
        assertThat(InsiderKinds.of("a Western diplomat")).contains(InsiderKinds.Kind.DIPLOMAT);
        assertThat(InsiderKinds.of("a Senate Republican aide")).as("Congress or the party").isEmpty();
        assertThat(InsiderKinds.of("a senior official")).as("of what?").isEmpty();
        assertThat(InsiderKinds.distractors(InsiderKinds.Kind.GOVERNMENT, false)).as("a diplomat works for a government too")
                .doesNotContain(InsiderKinds.Kind.DIPLOMAT.label).hasSize(3);
        assertThat(InsiderKinds.Kind.GOVERNMENT.label(true)).startsWith("People who work");
        assertThat(InsiderKinds.plural("a person familiar with the talks")).isFalse();
        assertThat(InsiderKinds.plural("White House officials")).isTrue();
    }

    @Test
    void shouldAskWhatKindOfInsiderAnUnnamedSourceIsRatherThanThatNoReasonIsGiven() {
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse("The council met on Monday.\n"
                + "\"The mayor does not have the votes,\" a senior city official said.\n"));

        assertThat(draft.questions()).filteredOn(q -> q.skill() == app.saidwho.quiz.Skill.ANONYMITY
                        && q.type() == app.saidwho.quiz.ItemType.CHOICE).singleElement()
                .satisfies(q -> {
                    assertThat(q.prompt()).contains("\"a senior city official\"");
                    assertThat(q.key()).isEqualTo(InsiderKinds.Kind.GOVERNMENT.label);
                    assertThat(q.options()).doesNotContain(AnonymityGenerator.NO_REASON);
                });
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
    void shouldOfferOnlyASourcesOwnWordsBesideTheWritersJudgement() {
        String text = "Lee, who goes by \"Bo,\" joined the \"park friends\" group. \"Not this plan,\" Lee said.";
        assertThat(WriterVoiceGenerator.shortQuotation(text, "slammed")).as("a nickname and a name are no one's words")
                .contains("Not this plan");
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
