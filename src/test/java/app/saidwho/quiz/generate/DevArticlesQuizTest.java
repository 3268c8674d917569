package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * Three PolNeAR dev articles (docs/quiz-generation.md): at least 4 questions each, and the keys checked by
 * hand stay right (a prompt may be prefixed with its skill, "SKILL|…", where two skills quote one passage). Skipped when ../shared (the corpus) is not beside the project.
 */
class DevArticlesQuizTest {
    static final Path DEV = Path.of("..", "shared", "corpora", "polnear", "dev", "text");

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("huff-post_2016-09-20_hillary-clinton-speaks-directly-.txt", Map.of(
                        "quotation marks:\nthe epidemic",
                        Labels.kind(app.saidwho.attribution.Kind.MIXED),
                        "what kind of source is \"Hillary Clinton\"", Labels.sourceType(app.saidwho.attribution.SourceType.PERSON))),
                Arguments.of("west-journal_2016-09-14_clinton-hid-past-health-problems.txt", Map.of(
                        "what kind of source is \"Mariano\"",
                        Labels.sourceType(app.saidwho.attribution.SourceType.PERSON),
                        "the writer uses the verb \"insisted\"", Labels.stance(app.saidwho.attribution.Stance.LOADED))),
                Arguments.of("wash-post_2016-10-05_international-monetary-fund-slas.txt", Map.of(
                        "Who said \"Without determined policy action", "Maury Obstfeld",
                        "quotation marks:\nit is lowering its forecast for U.S. growth",
                        Labels.kind(app.saidwho.attribution.Kind.INDIRECT),
                        "the writer uses the verb \"announced\"", Labels.stance(app.saidwho.attribution.Stance.NEUTRAL))));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void shouldKeepTheKeysCheckedByHand(String file, Map<String, String> keys) throws Exception {
        Path article = DEV.resolve(file);
        assumeTrue(Files.isRegularFile(article), "PolNeAR dev article not found at " + article.toAbsolutePath()
                + ": this check needs ../shared/corpora beside the project");
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(Files.readString(article)));

        assertThat(draft.questions()).hasSizeGreaterThanOrEqualTo(4);
        keys.forEach((prompt, key) -> assertThat(draft.questions())
                .as("a question whose prompt holds: " + prompt)
                .filteredOn(q -> (q.skill() + "|" + q.prompt()).contains(prompt)).isNotEmpty()
                .allSatisfy(q -> assertThat(q.key()).isEqualTo(key)));
    }
}
