package app.saidwho.quiz.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.quiz.Skill;
import app.saidwho.support.QuizFiles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuizSetFileParserTest {
    private final QuizSetFileParser parser = new QuizSetFileParser();
    private final String good = QuizFiles.twoQuestions("Park quiz", "published");

    @Test
    void shouldReadArticleAndQuestionsOfAGoodFile() throws QuizFileException {
        QuizSetFile file = parser.parse("park-quiz.yaml", good);

        assertThat(file.slug()).isEqualTo("park-quiz");
        assertThat(file.title()).isEqualTo("Park quiz");
        assertThat(file.status()).isEqualTo(QuizSetStatus.PUBLISHED);
        assertThat(file.article().text()).isEqualTo(QuizFiles.ARTICLE);
        assertThat(file.article().published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(file.article().boilerplate()).containsExactly("More From This Section");
        assertThat(file.questions()).hasSize(2);
        QuizSetFile.QuestionData first = file.questions().get(0);
        assertThat(first.skill()).isEqualTo(Skill.WHO_SAID);
        assertThat(first.answerIndex()).isZero();
        assertThat(QuizFiles.ARTICLE.substring(first.evidenceStart(), first.evidenceEnd())).isEqualTo(first.evidence());
    }

    @Test
    void shouldReportTheLineOfBrokenYaml() {
        String broken = good.replace("title: Park quiz", "title: [Park quiz");

        assertThatThrownBy(() -> parser.parse("park.yaml", broken))
                .isInstanceOf(QuizFileException.class)
                .satisfies(e -> assertThat(((QuizFileException) e).problems().get(0).line()).isPositive())
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void shouldRejectAKeyThatIsNotAnOption() {
        String broken = good.replace("key: Ana Lopez", "key: Mayor Lopez");

        assertThatThrownBy(() -> parser.parse("park.yaml", broken))
                .hasMessageContaining("line " + lineOf(good, "key: Ana Lopez"))
                .hasMessageContaining("'Mayor Lopez') is not one of its options");
    }

    @Test
    void shouldRejectEvidenceThatIsNotInTheArticle() {
        String broken = good.replace("evidence: Critics claimed", "evidence: Critics said");

        assertThatThrownBy(() -> parser.parse("park.yaml", broken))
                .hasMessageContaining("line " + lineOf(good, "evidence: Critics claimed"))
                .hasMessageContaining("not found word for word");
    }

    @Test
    void shouldRejectEvidenceTakenFromBoilerplate() {
        String broken = good.replace("evidence: Critics claimed the plan was too expensive.",
                "evidence: More From This Section");

        assertThatThrownBy(() -> parser.parse("park.yaml", broken)).hasMessageContaining("boilerplate");
    }

    @Test
    void shouldRejectAnUnknownSkill() {
        String broken = good.replace("skill: CUE_STANCE", "skill: GUESSING");

        assertThatThrownBy(() -> parser.parse("park.yaml", broken))
                .hasMessageContaining("line " + lineOf(good, "skill: CUE_STANCE"))
                .hasMessageContaining("unknown skill 'GUESSING'");
    }

    @Test
    void shouldRejectTwoQuestionsWithOneId() {
        String broken = good.replace("id: cue", "id: who");

        assertThatThrownBy(() -> parser.parse("park.yaml", broken)).hasMessageContaining("'who' is used twice");
    }

    @Test
    void shouldRejectTooFewOrRepeatedOptions() {
        assertThatThrownBy(() -> parser.parse("park.yaml", good.replace("[Loaded, Neutral]", "[Loaded]")))
                .hasMessageContaining("needs 2 to 6 options, not 1");
        assertThatThrownBy(() -> parser.parse("park.yaml", good.replace("[Loaded, Neutral]", "[Loaded, Loaded]")))
                .hasMessageContaining("has the option 'Loaded' twice");
    }

    @Test
    void shouldRejectAMisspelledField() {
        String broken = good.replace("explanation: The quote", "explantion: The quote");

        assertThatThrownBy(() -> parser.parse("park.yaml", broken))
                .hasMessageContaining("unknown field 'explantion'")
                .hasMessageContaining("needs a non-empty 'explanation'");
    }

    @Test
    void shouldRejectAPromptLongerThanTheDatabaseKeeps() {
        String broken = good.replace("prompt: Is \"claimed\" a neutral or a loaded verb?", "prompt: " + "word ".repeat(500));

        assertThatThrownBy(() -> parser.parse("park.yaml", broken)).hasMessageContaining("'prompt' is longer than 2000");
    }

    @Test
    void shouldRejectAnEmptyFileAndABadFileName() {
        assertThatThrownBy(() -> parser.parse("empty.yaml", "")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> parser.parse("Park Quiz.yaml", good)).hasMessageContaining("file name");
    }

    @Test
    void shouldRejectAFileWithoutQuestions() {
        String noQuestions = good.substring(0, good.indexOf("questions:"));

        assertThatThrownBy(() -> parser.parse("park.yaml", noQuestions)).hasMessageContaining("at least one question");
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
