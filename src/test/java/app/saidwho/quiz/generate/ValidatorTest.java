package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.Skill;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per validator rule, on a made-up article: each rule refuses what it should, with its reason. */
class ValidatorTest {
    static final String ARTICLE = "\"We will build more parks,\" Mayor Ana Lopez said on Monday.\n"
            + "Governor Tom Berg said the plan would cost far too much for a small town.\n"
            + "\"Not with my money,\" Berg said in a tweet.\n"
            + "\"The city needs trees,\" said councillor Mia Chen.\n"
            + "\"The river is rising fast,\" farmer Keith Dole told reporters in May.\n"
            + "Police said Keith Dole was shot dead near the Morning Radio Show studio on Friday.\n"
            + "Councillor Mia Chen spoke about the budget. Officials from the Center for Public Integrity wrote a report "
            + "with Judge Rosa Diaz. "
            + "\"We need every tree we can plant this year,\" she said.\n";
    static ArticleFacts facts;
    static Attribution lopez;
    static Attribution pronoun;

    @BeforeAll
    static void analyse() {
        AttributionResult result = QuizGeneratorTest.ENGINE.analyse(ARTICLE);
        facts = new ArticleFacts(result);
        lopez = result.attributions().stream().filter(a -> "Ana Lopez".equals(a.source().name())).findFirst().orElseThrow();
        pronoun = result.attributions().stream().filter(a -> facts.mention(a).equals("she")).findFirst().orElseThrow();
    }

    private static Candidate whoSaid(String key, String... distractors) {
        return new Candidate(Skill.WHO_SAID, "Who said \"We will build more parks\"?", key, List.of(distractors))
                .explained("After the quotation, \"Mayor Ana Lopez said\" names the speaker. Look at the highlighted passage.",
                        facts.evidence(lopez)).keyFrom(lopez).speakerOptions().claims(key, lopez.content());
    }

    private static Candidate category(String prompt, String explanation) {
        return new Candidate(Skill.CUE_STANCE, prompt, "Neutral", List.of("Loaded", "A belief"))
                .explained(explanation, facts.evidence(lopez)).about(lopez);
    }

    private static Optional<String> check(Candidate c) {
        return new Validator(facts).problem(c);
    }

    @Test
    void shouldPassAWellMadeQuestion() {
        assertThat(check(whoSaid("Ana Lopez", "Tom Berg", "Mia Chen"))).isEmpty();
    }

    @Test
    void shouldRefuseTheSameQuestionTwice() {
        Validator validator = new Validator(facts);
        Candidate first = whoSaid("Ana Lopez", "Tom Berg", "Mia Chen");
        validator.accepted(first);
        assertThat(validator.problem(first.claims("Ana Lopez", new CharSpan(1, 5)))).contains("the same question was generated already");
    }

    @Test
    void shouldRefuseTooFewOrTooManyOptions() {
        assertThat(check(whoSaid("Ana Lopez", "Tom Berg"))).get().asString().startsWith("not enough provably wrong options");
        assertThat(check(category("What kind of verb is \"said\"?", "It only reports. Look.").about(lopez)))
                .isEmpty();
        Candidate five = new Candidate(Skill.CUE_STANCE, "What kind?", "A", List.of("B", "C", "D", "E"))
                .explained("Because.", facts.evidence(lopez));
        assertThat(check(five)).contains("too many options");
    }

    @Test
    void shouldRefuseTwoOptionsThatReadTheSame() {
        Candidate c = new Candidate(Skill.CUE_STANCE, "What kind?", "Neutral", List.of("neutral.", "Loaded"))
                .explained("Because.", facts.evidence(lopez));
        assertThat(check(c)).contains("two options read the same");
    }

    @Test
    void shouldRefuseOnePersonOfferedTwice() {
        assertThat(check(whoSaid("Ana Lopez", "Tom Berg", "Berg"))).get().asString().startsWith("one person is offered twice");
    }

    @Test
    void shouldRefuseAPlaceOrAProgrammeOrANameFragmentAsAnOption() {
        assertThat(check(whoSaid("Ana Lopez", "Tom Berg", "Radio Show"))).get().asString()
                .startsWith("an option is not someone the article presents as speaking");
        assertThat(check(whoSaid("Ana Lopez", "Tom Berg", "Public Integrity"))).get().asString()
                .startsWith("an option is not someone the article presents as speaking");
    }

    @Test
    void shouldNeverOfferAPersonReportedDeadAsASpeaker() {
        assertThat(facts.speakers.victim("Keith Dole")).isTrue();
        assertThat(check(whoSaid("Ana Lopez", "Tom Berg", "Keith Dole"))).get().asString()
                .startsWith("an option is a person the article reports dead");
    }

    @Test
    void shouldRefuseASpeakerKeyFromAPronounTheArticleDoesNotBackUp() {
        Candidate c = new Candidate(Skill.WHO_SAID, "Who said \"We need every tree we can plant this year\"?",
                pronoun.source().name(), List.of("Ana Lopez", "Tom Berg")).explained("Because. Look.", facts.evidence(pronoun))
                .keyFrom(pronoun).speakerOptions().claims(pronoun.source().name(), pronoun.content());
        assertThat(check(c)).get().asString().startsWith("the engine is not sure who said it");
    }

    @Test
    void shouldKeepOnlyOneQuestionWhoseKeyNeedsChecking() {
        Candidate flagged = new Candidate(Skill.WHO_SAID, "Who said it?", "Mia Chen", List.of("Ana Lopez", "Tom Berg"))
                .explained("Because. Look.", facts.evidence(pronoun)).keyFrom(pronoun).speakerOptions();
        Validator validator = new Validator(facts);
        if (validator.needsCheck(flagged)) {
            validator.accepted(flagged);
            assertThat(validator.secondFlagged(flagged)).contains("a second question whose key the teacher would have to check");
        } else {
            assertThat(validator.secondFlagged(flagged)).isEmpty();
        }
    }

    @Test
    void shouldNotAskWhoseWordsTheseAreTwice() {
        Validator validator = new Validator(facts);
        validator.accepted(whoSaid("Ana Lopez", "Tom Berg", "Mia Chen"));
        Candidate whatSaid = new Candidate(Skill.WHAT_SAID, "Which of these did Ana Lopez say?", "\"We will build more parks\"",
                List.of("\"Not with my money\"", "\"The city needs trees\"")).explained("Because. Look.", facts.evidence(lopez))
                .keyFrom(lopez).claims("Ana Lopez", lopez.content());
        assertThat(validator.problem(whatSaid)).contains("another question already asks whose these words are");
    }

    @Test
    void shouldRefuseDoubledQuotationMarks() {
        assertThat(check(category("In \"\"said\"\", what kind of verb is it?", "Because."))).contains("doubled quotation marks");
    }

    @Test
    void shouldRefuseAnUnclosedBracketOrQuotation() {
        assertThat(check(category("In \"the plan (as Lopez put it, what kind of verb is it?", "Because.")))
                .get().asString().startsWith("an unclosed bracket or quotation");
        assertThat(check(category("In “the plan, what kind of verb is it?", "Because.")))
                .get().asString().startsWith("an unclosed bracket or quotation");
    }

    @Test
    void shouldRefuseSkillCodesInTheText() {
        assertThat(check(category("A CUE_STANCE question: what kind of verb is \"said\"?", "Because.")))
                .contains("a skill or category code instead of words");
    }

    @Test
    void shouldRefuseWordingThatDoesNotAgree() {
        assertThat(check(category("What kind of verb is \"said\"?", "It reports what they thinks.")))
                .contains("the wording does not agree (possessive or plural)");
        assertThat(check(category("What did James Reeves's office say?", "Because.")))
                .contains("the wording does not agree (possessive or plural)");
    }

    @Test
    void shouldRefuseAnExplanationThatPutsTheCueWhereTheArticleDoesNot() {
        Candidate c = whoSaid("Ana Lopez", "Tom Berg", "Mia Chen")
                .explained("\"Mayor Ana Lopez said\" comes before the quotation and introduces it.", facts.evidence(lopez));
        assertThat(check(c)).contains("the explanation puts the cue where the article does not");
    }

    @Test
    void shouldKeepOneQuestionPerSkillThatTheSurfaceGivesAway() {
        Validator validator = new Validator(facts);
        Candidate said = category("What kind of verb is \"said\"?", "Because.").giveaway(true);
        validator.accepted(said);
        assertThat(validator.problem(category("What kind of verb is \"told\"?", "Because.").giveaway(true)))
                .contains("a second question of this skill the surface gives away");
        assertThat(validator.problem(category("What kind of verb is \"announced\"?", "Because."))).isEmpty();
    }

    @Test
    void shouldRefuseATooLongPromptOrAMissingExplanation() {
        assertThat(check(category("What kind of verb? " + "very ".repeat(70), "Because.")))
                .contains("the prompt is too long or the explanation missing");
        assertThat(check(category("What kind of verb is \"said\"?", ""))).contains("the prompt is too long or the explanation missing");
    }

    @Test
    void shouldRefuseEvidenceThatIsMissingOrNotUnique() {
        Candidate none = new Candidate(Skill.CUE_STANCE, "What kind?", "Neutral", List.of("Loaded", "Belief"))
                .explained("Because.", null);
        assertThat(check(none)).contains("no evidence in the article");
        int second = ARTICLE.indexOf("Mia Chen", ARTICLE.indexOf("Mia Chen") + 1);
        Candidate repeated = new Candidate(Skill.CUE_STANCE, "What kind?", "Neutral", List.of("Loaded", "Belief"))
                .explained("Because.", new CharSpan(second, second + "Mia Chen".length()));
        assertThat(check(repeated)).contains("the evidence passage is not unique in the article");
    }
}
