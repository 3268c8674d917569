package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Confidence;
import app.saidwho.attribution.CueMention;
import app.saidwho.attribution.Kind;
import app.saidwho.attribution.Rule;
import app.saidwho.attribution.SourceMention;
import app.saidwho.attribution.SourceType;
import app.saidwho.attribution.Stance;
import app.saidwho.quiz.ItemType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why MATCH rows were wrong on PolNeAR train, as made-up sentences: the engine's speaker taken as a key although the
 * article's own words do not name them at the cue, and one quotation asked about in too many items of a quiz.
 */
class MatchRowRulesTest {

    /** An attribution of {@code quote} to {@code name}, through the words {@code mention} and {@code cue}, sure. */
    private static Attribution sure(String text, String quote, String mention, String cue, String name) {
        int q = text.indexOf(quote);
        int m = text.indexOf(mention, q);
        int c = text.indexOf(cue, q);
        return new Attribution(new SourceMention(new CharSpan(m, m + mention.length()), name, SourceType.PERSON,
                "quote-then-cue/name"), new CueMention(new CharSpan(c, c + cue.length()), "say", Stance.NEUTRAL),
                new CharSpan(q, q + quote.length()), Kind.DIRECT, null, -1, Rule.QUOTE_THEN_CUE, null, Confidence.HIGH);
    }

    private static ArticleFacts facts(String text, Attribution a) {
        return new ArticleFacts(new AttributionResult(text, List.of(a), List.of(), List.of()));
    }

    @Test
    void shouldNotTakeADescribedSourceForThePersonNamedBefore() {
        String text = "Tom Berg runs the campaign. \"That does not mean no answer,\" one campaign aide said.";
        Attribution a = sure(text, "\"That does not mean no answer,\"", "one campaign aide", "said", "Tom Berg");

        assertThat(SpeakerKeys.sure(facts(text, a), a)).as("the article does not say which aide").isFalse();
        String named = "\"That does not mean no answer,\" campaign aide Tom Berg said.";
        Attribution b = sure(named, "\"That does not mean no answer,\"", "campaign aide Tom Berg", "said", "Tom Berg");
        assertThat(SpeakerKeys.sure(facts(named, b), b)).isTrue();
    }

    @Test
    void shouldNotTakeTheOutletAfterOnForTheWriter() {
        String text = "\"The plan is a flop, isn't it?\" wrote Ann Dale on Park Watch.";
        Attribution a = sure(text, "\"The plan is a flop, isn't it?\"", "Ann Dale on Park Watch", "wrote", "Park Watch");

        assertThat(SpeakerKeys.sure(facts(text, a), a)).as("Park Watch is where she wrote").isFalse();
    }

    @Test
    void shouldNotTakeANameAfterAfterForTheSpeakerOfTheWordsBefore() {
        String text = "\"In other news,\" Berg wrote, \"the mayor backs her own plan,\" after city spokesman Jon Reyes "
                + "praised the plan online.";
        Attribution a = sure(text, "\"the mayor backs her own plan,\"", "city spokesman Jon Reyes", "praised", "Jon Reyes");

        assertThat(SpeakerKeys.sure(facts(text, a), a)).as("Berg wrote the words; Reyes's praise came before").isFalse();
    }

    @Test
    void shouldFillThePoolOnlyWithAPersonsName() {
        assertThat(MatchGenerator.startsWithAGivenName("Ana Lopez")).isTrue();
        assertThat(MatchGenerator.startsWithAGivenName("Sen. Tom Berg")).isTrue();
        assertThat(MatchGenerator.startsWithAGivenName("Grand Concourse")).as("a street").isFalse();
    }

    /** Four speakers with two quotations each: the first ones are asked about by "who said" and other questions. */
    static final String FOUR = """
            The council will vote on the park plan on Friday.
            "We will build more parks," Mayor Ana Lopez said on Monday.
            "Not with my money," Governor Tom Berg said in a tweet.
            "The city needs trees," said councillor Mia Chen.
            "The lake must stay open to everyone," said Jon Reyes, who runs the boat club.
            "The first trees go in next week," Lopez said on Friday.
            "Nobody asked the boat club," Reyes said on Friday.
            "The budget cannot take it," Berg said on Friday.
            "Trees cool the streets in summer," Chen said on Friday.
            The park will open next spring after two years of building work on the old factory site.""";

    @Test
    void shouldMatchQuotationsNoOtherItemAsksAboutWhenTheArticleHasThem() {
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(FOUR));
        DraftQuestion match = draft.questions().stream().filter(q -> q.type() == ItemType.MATCH).findFirst().orElseThrow();

        List<CharSpan> keyed = draft.questions().stream().filter(q -> q.type() == ItemType.CHOICE && q.claim() != null)
                .map(q -> q.claim().words()).toList();
        assertThat(keyed).as("who said / what did they say questions").isNotEmpty();
        assertThat(match.pairClaims()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(row -> assertThat(keyed)
                .as("a question already keys \"" + row.words().text(FOUR) + "\"").noneMatch(k -> k.overlaps(row.words())));
    }

    @Test
    void shouldLetNoQuotationFeedAFourthItem() {
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(FOUR));
        List<DraftQuestion> items = draft.questions();

        for (DraftQuestion q : items) {
            List<CharSpan> words = q.type() == ItemType.MATCH
                    ? q.pairClaims().stream().map(DraftQuestion.KeyClaim::words).toList() : List.of(q.evidence());
            for (CharSpan w : words) {
                long feeding = items.stream().filter(o -> (o.type() == ItemType.MATCH
                        ? o.pairClaims().stream().map(DraftQuestion.KeyClaim::words).toList() : List.of(o.evidence()))
                        .stream().anyMatch(x -> x.overlaps(w)) && o.type() != ItemType.SHORT_ANSWER).count();
                assertThat(feeding).as("items on \"" + w.text(FOUR) + "\"").isLessThanOrEqualTo(Sink.MAX_ITEMS_PER_QUOTATION);
            }
        }
    }
}
