package app.saidwho.quiz.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.file.QuizSetFile.QuestionData;
import app.saidwho.support.QuizFiles;
import org.junit.jupiter.api.Test;

class ItemTypesFileTest {
    private final QuizSetFileParser parser = new QuizSetFileParser();
    private final String every = QuizFiles.everyType("Every type");

    @Test
    void shouldReadEachItemTypeWithItsPairsAndRubric() throws QuizFileException {
        QuizSetFile file = parser.parse("every.yaml", every);

        assertThat(file.questions()).extracting(QuestionData::type)
                .containsExactly(ItemType.CHOICE, ItemType.MATCH, ItemType.EVIDENCE, ItemType.SHORT_ANSWER);
        QuestionData match = file.questions().get(1);
        assertThat(match.pairs()).containsExactly(new MatchPair("This park is for everyone", "Ana Lopez"),
                new MatchPair("the plan was too expensive", "Critics"));
        assertThat(match.answerIndex()).isEqualTo(-1);
        assertThat(file.questions().get(2).answerIndex()).isZero();
        QuestionData written = file.questions().get(3);
        assertThat(written.options()).isEmpty();
        assertThat(written.rubric()).isEqualTo(new Rubric("Names who the critics are and asks for the cost figures.",
                "Asks for evidence but not from whom.", "Repeats the claim."));
    }

    @Test
    void shouldReadBackWhatTheWriterWrites() throws QuizFileException {
        QuizSetFile file = parser.parse("every.yaml", every);

        String written = new QuizSetFileWriter().write(file);

        assertThat(parser.parse("every.yaml", written)).isEqualTo(file);
        assertThat(written).contains("type: MATCH").contains("proficient: Names who").doesNotContain("type: CHOICE");
    }

    @Test
    void shouldRejectAPairWhoseSpeakerIsNotAnOption() {
        String broken = every.replace("answer: Critics", "answer: Tom Berg");

        assertThatThrownBy(() -> parser.parse("every.yaml", broken))
                .hasMessageContaining("the answer 'Tom Berg' of a pair of question 'match' is not one of its options");
    }

    @Test
    void shouldRejectAMatchWithFewerSpeakersThanPairsOrWithAKey() {
        String fewer = every.replace("options: [Ana Lopez, Critics, The city council]\n", "options: [Ana Lopez]\n");
        String keyed = every.replace("options: [Ana Lopez, Critics, The city council]\n",
                "options: [Ana Lopez, Critics, The city council]\n    key: Ana Lopez\n");

        assertThatThrownBy(() -> parser.parse("every.yaml", fewer)).hasMessageContaining("needs 2 to 8 options, not 1");
        assertThatThrownBy(() -> parser.parse("every.yaml", keyed))
                .hasMessageContaining("question 'match' is a MATCH question, which has no 'key'");
    }

    @Test
    void shouldRejectAnEvidenceOptionThatIsNotInTheArticle() {
        String broken = every.replace("      - Critics claimed the plan was too expensive.",
                "      - Critics said the plan was too expensive.");

        assertThatThrownBy(() -> parser.parse("every.yaml", broken))
                .hasMessageContaining("option 'Critics said the plan was too expensive.' of question 'evidence' is not "
                        + "found word for word");
    }

    @Test
    void shouldRejectAWrittenQuestionWithoutAFullRubricOrAnUnknownType() {
        String noBasic = every.replace("      basic: Repeats the claim.\n", "");
        String unknown = every.replace("type: EVIDENCE", "type: ESSAY");

        assertThatThrownBy(() -> parser.parse("every.yaml", noBasic))
                .hasMessageContaining("The rubric of question 'written' needs a non-empty 'basic'");
        assertThatThrownBy(() -> parser.parse("every.yaml", unknown)).hasMessageContaining("unknown type 'ESSAY'");
    }
}
