package app.saidwho.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.quiz.generate.DraftQuestion;
import app.saidwho.quiz.generate.QuizDraft;
import app.saidwho.quiz.generate.QuizGenerator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Text no article should contain still gives a result with valid offsets, never an exception. */
class OddInputTest {

    static List<String> oddTexts() {
        return List.of(
                "\"",
                "“",
                "\"\"\"\"",
                "''",
                "He said",
                "said",
                "According to",
                ", said",
                "\"Unclosed quote, he said.\nAnd another paragraph \" with a stray mark.",
                "Line one\r\nLine two said Ana Lopez.\r\n\"Quote,\" Lopez said.\r\n",
                "\t\tTabs\tand  spaces said Tom.  \n\n\n   \n",
                "Emoji 😀 said “hello 👋,” Maria said. 中文 «guillemets» „low quotes“",
                "(((( )))) — – -- ... ;;; ::: \"\" ” “",
                "Mr. Mrs. Dr. Sen. Rep. said said said told told according to according to",
                "a".repeat(5000),
                ("Word " + "\"quoted\" ").repeat(2000),
                "\u0000\u0001 control \u0007 characters said Bob.",
                "“".repeat(300) + "”".repeat(300));
    }

    @ParameterizedTest
    @MethodSource("oddTexts")
    void shouldAnalyseOddTextWithoutFailing(String text) {
        AttributionResult result = AttributionEngineTest.ENGINE.analyse(text);

        for (Attribution a : result.attributions()) {
            assertThat(a.content().end()).isLessThanOrEqualTo(text.length());
            assertThat(a.content().isEmpty()).isFalse();
            if (a.source() != null) {
                assertThat(a.source().span().end()).isLessThanOrEqualTo(text.length());
            }
        }
        QuizDraft draft = new QuizGenerator().generate(result);
        for (DraftQuestion q : draft.questions()) {
            assertThat(q.evidence().end()).isLessThanOrEqualTo(text.length());
            // Odd input must still give a fair question: 2 to 6 different options and evidence to point at.
            assertThat(q.options()).hasSizeBetween(2, 6).doesNotHaveDuplicates();
            assertThat(q.evidence().text(text)).isNotBlank();
        }
    }
}
