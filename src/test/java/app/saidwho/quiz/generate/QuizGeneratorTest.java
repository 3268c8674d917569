package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.quiz.Skill;
import app.saidwho.quiz.file.QuizSetFile;
import app.saidwho.quiz.file.QuizSetFileParser;
import app.saidwho.quiz.file.QuizSetFileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Questions generated from the seed article (its text read from quizzes/), keys checked by hand. */
class QuizGeneratorTest {
    static final AttributionEngine ENGINE = AttributionEngine.standard();
    static String seed;
    static QuizDraft draft;

    @BeforeAll
    static void generateFromTheSeedArticle() throws Exception {
        String file = Files.readString(Path.of("quizzes", "helsinki-summit.yaml"));
        seed = new QuizSetFileParser().parse("helsinki-summit.yaml", file).article().text();
        draft = new QuizGenerator().generate(ENGINE.analyse(seed));
    }

    @Test
    void shouldMakeAtLeastFifteenQuestionsOverSixSkillsFromTheSeed() {
        assertThat(draft.questions()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(draft.questions().stream().map(DraftQuestion::skill).distinct().count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void shouldGiveTheKeysCheckedByHand() {
        Map<String, String> keys = Map.ofEntries(
                Map.entry("Who said \"That's going to be special\"?", "Dan Coats"),
                Map.entry("Who said \"I don't know what happened in that meeting.", "Dan Coats"),
                Map.entry("How did Sarah Sanders say this: \"In Helsinki, President of the United States agreed", "In a tweet"),
                Map.entry("Which of these did Donald Trump say", "There are many answers, some easy and some hard, to these problems"),
                Map.entry("quotation marks:\ndiscussions for the visit were already under way",
                        Labels.kind(app.saidwho.attribution.Kind.INDIRECT)),
                Map.entry("quotation marks:\nhe was looking forward to meeting again with Putin",
                        Labels.kind(app.saidwho.attribution.Kind.MIXED)),
                Map.entry("the writer uses the verb \"announced\"", Labels.stance(app.saidwho.attribution.Stance.NEUTRAL)),
                Map.entry("what kind of source is \"the White House\"",
                        Labels.sourceType(app.saidwho.attribution.SourceType.ORGANISATION)),
                Map.entry("what kind of source is \"Coats\"", Labels.sourceType(app.saidwho.attribution.SourceType.PERSON)),
                Map.entry("\"The announcement seems to come as a surprise", UnsourcedGenerator.label(UnsourcedGenerator.Claim.INFERENCE)),
                Map.entry("The article reports that Donald Trump asked", "Sarah Sanders"));
        keys.forEach((prompt, key) -> assertThat(draft.questions())
                .as("a question whose prompt holds: " + prompt)
                .filteredOn(q -> q.prompt().contains(prompt)).isNotEmpty()
                .allSatisfy(q -> assertThat(q.key()).isEqualTo(key)));
    }

    @Test
    void shouldOnlyAskAboutClaimsWithoutSourceAsUnsourced() {
        List<DraftQuestion> unsourced = draft.questions().stream().filter(q -> q.skill() == Skill.UNSOURCED).toList();

        assertThat(unsourced).filteredOn(q -> q.prompt().startsWith("Which of these statements")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.evidence().text(seed)).doesNotContain("said", "\"", "told", "tweet"));
        assertThat(unsourced).anySatisfy(q -> assertThat(q.key()).startsWith("President Trump came under widespread criticism"));
        assertThat(unsourced).anySatisfy(q -> assertThat(q.prompt()).contains("Following the controversy, Trump had to correct"));
    }

    @Test
    void shouldBuildEveryQuestionSoundly() {
        for (DraftQuestion q : draft.questions().stream().filter(q -> q.type() == app.saidwho.quiz.ItemType.CHOICE).toList()) {
            assertThat(q.options()).as(q.prompt()).hasSizeBetween(3, 4).doesNotHaveDuplicates();
            assertThat(q.answer()).isBetween(0, q.options().size() - 1);
            assertThat(seed.indexOf(q.evidence().text(seed))).as("evidence is unique in the article").isEqualTo(q.evidence().start());
            assertThat(q.explanation()).contains("highlighted passage");
            assertThat(q.prompt()).as("no marks piling up").doesNotContainPattern("[.,;:]['’]?\"[?,.]");
            // the words a prompt quotes: in marks, or after "quotation marks:" for the words shown without them
            String quoted = q.prompt().replaceAll("(?s)^.*quotation marks:\n", "").replaceAll("^[^\"]*\"", "")
                    .replaceAll("(?s)\nFind them in the article.*$", "");
            assertThat(quoted.split("\\s+").length).as("words quoted in " + q.prompt()).isLessThanOrEqualTo(45);
        }
    }

    @Test
    void shouldGenerateTheSameDraftTwice() {
        assertThat(new QuizGenerator().generate(ENGINE.analyse(seed))).isEqualTo(draft);
    }

    @Test
    void shouldNotAskWhoSaidWordsThatTwoSourcesSaid() {
        String text = "Mayor Ana Lopez called the plan a \"great success\" on Monday.\n"
                + "Governor Tom Berg also called it a \"great success\" in a speech.\n"
                + "\"We will build more parks,\" Lopez said.\n\"Not with my money,\" Berg said.\n"
                + "\"The city needs trees,\" said councillor Mia Chen.";
        QuizDraft small = new QuizGenerator().generate(ENGINE.analyse(text));

        assertThat(small.questions()).noneMatch(q -> q.skill() == Skill.WHO_SAID && q.prompt().contains("great success"));
        assertThat(small.dropped()).anyMatch(d -> d.prompt().contains("great success") && d.reason().contains("two sources"));
        assertThat(small.questions()).anyMatch(q -> q.prompt().contains("We will build more parks") && q.key().equals("Ana Lopez"));
    }

    @Test
    void shouldReadBackTheSameQuestionsFromTheExportedFile() throws Exception {
        QuizSetFile.ArticleData article = new QuizSetFile.ArticleData("Seed", "Test", null, null, seed, List.of());
        QuizSetFile exported = DraftFiles.toFile("seed-draft", "Seed draft", article, draft);
        String yaml = new QuizSetFileWriter().write(exported);

        QuizSetFile loaded = new QuizSetFileParser().parse("seed-draft.yaml", yaml);

        assertThat(loaded.article().text()).isEqualTo(seed);
        assertThat(loaded.questions()).isEqualTo(exported.questions());
    }
}
