package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.quiz.Skill;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a teacher sees in a draft of a made-up article: true explanations, labels in words, clean text. */
class GeneratedQuestionsTest {
    static final String ARTICLE = "Riverton will close two of its three libraries next year, the town council announced on Monday.\n"
            + "\"We will build more parks instead,\" Mayor Ana Lopez said at the meeting.\n"
            + "Governor Tom Berg said: \"Not with my money, and not with yours either.\"\n"
            + "\"The town needs its libraries more than it needs parks,\" said councillor Mia Chen.\n"
            + "Librarian Rosa Vidal has worked in the main library for thirty years. \"I have never seen the shelves so empty,\" she said.\n"
            + "Ana Lopez argued that the libraries cost the town far more than the parks ever would.\n"
            + "The closures seem to surprise many parents, who were not told about the plan before the vote.\n"
            + "The library on Main Street opened in 1911 and was rebuilt after a fire in 1962.\n";
    static QuizDraft draft;

    @BeforeAll
    static void generate() {
        draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(ARTICLE));
    }

    private static List<DraftQuestion> of(Skill skill) {
        return draft.questions().stream().filter(q -> q.skill() == skill).toList();
    }

    @Test
    void shouldExplainACueAfterTheQuotationAsComingAfterIt() {
        assertThat(of(Skill.WHO_SAID)).filteredOn(q -> q.key().equals("Ana Lopez")).singleElement()
                .satisfies(q -> assertThat(q.explanation()).startsWith("After the quotation, \"Mayor Ana Lopez said\" names the speaker."));
    }

    @Test
    void shouldExplainAnInvertedTagAndAColonAsTheArticleWritesThem() {
        assertThat(draft.questions()).filteredOn(q -> q.claim() != null && q.claim().speaker().equals("Mia Chen"))
                .allSatisfy(q -> assertThat(q.explanation()).contains("the verb first, then the speaker"));
        assertThat(draft.questions()).filteredOn(q -> q.claim() != null && q.claim().speaker().equals("Tom Berg"))
                .allSatisfy(q -> assertThat(q.explanation()).contains("comes before the quotation; the colon introduces the words"));
    }

    @Test
    void shouldSayWhatResolvedAPronoun() {
        assertThat(draft.questions()).filteredOn(q -> q.claim() != null && q.claim().speaker().equals("Rosa Vidal"))
                .allSatisfy(q -> assertThat(q.explanation()).contains("\"she\" is Rosa Vidal: the sentence before names her."));
    }

    @Test
    void shouldOfferOnlyOtherSpeakersAsWrongSpeakers() {
        List<String> speakers = List.of("Ana Lopez", "Tom Berg", "Mia Chen", "Rosa Vidal", "the town council", "town council");
        assertThat(of(Skill.WHO_SAID)).filteredOn(q -> q.type() == app.saidwho.quiz.ItemType.CHOICE
                        || q.type() == app.saidwho.quiz.ItemType.MATCH)
                .isNotEmpty().allSatisfy(q -> assertThat(q.options()).allMatch(o -> speakers.contains(o) || o.equals(Options.NO_SPEAKER)));
    }

    @Test
    void shouldShowQuoteOrParaphraseWordsWithoutTheArticlesMarks() {
        assertThat(of(Skill.QUOTE_OR_PARAPHRASE)).isNotEmpty().allSatisfy(q -> {
            assertThat(q.prompt()).startsWith("These words from the article are printed here without any quotation marks:");
            assertThat(q.prompt().replaceFirst("^[^\"]*\"", "").replaceFirst("\"[^\"]*$", "")).doesNotContain("\"", "“", "”");
        });
    }

    @Test
    void shouldTellTheWritersInferenceFromAnUnsourcedFact() {
        assertThat(UnsourcedGenerator.classify("The closures seem to surprise many parents."))
                .isEqualTo(UnsourcedGenerator.Claim.INFERENCE);
        assertThat(UnsourcedGenerator.classify("An analysis by the Riverton Ledger of council records found the libraries cost less."))
                .isEqualTo(UnsourcedGenerator.Claim.OWN_REPORTING);
        assertThat(UnsourcedGenerator.classify("The library opened in 1911.")).isEqualTo(UnsourcedGenerator.Claim.FACT);
        assertThat(of(Skill.UNSOURCED)).anySatisfy(q -> assertThat(q.key())
                .isEqualTo(UnsourcedGenerator.label(UnsourcedGenerator.Claim.INFERENCE)));
    }

    @Test
    void shouldWriteLabelsNeverCodesAndNoDoubledMarks() {
        for (DraftQuestion q : draft.questions()) {
            List<String> texts = new java.util.ArrayList<>(q.options());
            texts.add(q.prompt());
            texts.add(q.explanation());
            assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContainPattern("[A-Z]{2,}_[A-Z]").doesNotContain("\"\"")
                    .satisfies(s -> assertThat(Excerpts.balanced(s)).as(s).isTrue()));
        }
    }
}
