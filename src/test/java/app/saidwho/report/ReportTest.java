package app.saidwho.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.saidwho.account.Account;
import app.saidwho.play.AttemptService;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Seeds attempts whose figures the test works out itself, then reads the report page and the CSV. */
@QuarkusTest
class ReportTest {
    static final String SLUG = "report-park";

    @Inject
    QuizSetLoader loader;

    @Inject
    AttemptService attempts;

    @Test
    void shouldShowExactlyTheFiguresOfTheSeededAttempts() throws Exception {
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.twoQuestions("Report quiz", "published"));
        List<Question> qs = TestQuizzes.activeQuestions(SLUG);
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.findByUsername("reporter").isEmpty()) {
                Account reporter = Account.create("reporter", "reporter's password", Account.TEACHER);
                QuizSet.<QuizSet>find("slug", SLUG).firstResult().ownerId = reporter.id;
            }
        });
        // Right answers per learner: 2, 2, 1, 0; and one learner who stops after one right answer.
        int[][] answers = {{1, 1}, {1, 1}, {1, 0}, {0, 0}};
        String[] names = {"=HYPERLINK(\"x\")", "Ana, \"the\" first", "Ben\nNewline", "Cleo"};
        for (int i = 0; i < answers.length; i++) {
            String token = attempts.start(SLUG, names[i]);
            for (int k = 0; k < 2; k++) {
                Question q = qs.get(k);
                attempts.answer(token, q.id, answers[i][k] == 1 ? q.answerIndex : (q.answerIndex + 1) % q.options.size());
            }
        }
        String unfinished = attempts.start(SLUG, "Dora");
        attempts.answer(unfinished, qs.get(0).id, qs.get(0).answerIndex);

        // Finished scores: 100, 100, 50, 0 → mean 62.5, median (50 + 100) / 2 = 75.
        // With Dora (100 of the 1 answered): started 5, finished 4.
        LearnerClient teacher = new LearnerClient();
        teacher.post("/j_security_check", Map.of("j_username", "reporter", "j_password", "reporter's password"));
        String page = teacher.get("/teach/sets/" + SLUG + "/report?finished=on").then().statusCode(200)
                .body(containsString("<dd id=\"started\">4</dd>"))
                .body(containsString("<dd id=\"finished-count\">4</dd>"))
                .body(containsString("<dd id=\"mean\">62.5%</dd>"))
                .body(containsString("<dd id=\"median\">75%</dd>"))
                .extract().asString();
        // Question 1: right 3 of 4 (75 %), question 2: right 2 of 4 (50 %).
        assertThat(page).contains("facility <strong>75%</strong>").contains("facility <strong>50%</strong>");
        assertThat(page).contains("<svg class=\"chart\" role=\"img\"");
        teacher.get("/teach/sets/" + SLUG + "/report").then().body(containsString("<dd id=\"started\">5</dd>"))
                .body(containsString("<dd id=\"finished-count\">4</dd>"));

        String csv = teacher.get("/teach/sets/" + SLUG + "/report/attempts.csv?finished=on").then().statusCode(200)
                .extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records).extracting(r -> r.get("learner"))
                .containsExactly("'=HYPERLINK(\"x\")", "Ana, \"the\" first", "Ben\nNewline", "Cleo");
        assertThat(records).extracting(r -> r.get("score_percent")).containsExactly("100", "100", "50", "0");
        String list = teacher.get("/teach/learners/sets/" + SLUG).then().statusCode(200)
                .body(containsString("Ana, &quot;the&quot; first"))
                .body(containsString("=HYPERLINK(&quot;x&quot;)")).extract().asString();
        String cleo = list.replaceAll("(?s).*href=\"(/teach/learners/attempts/\\d+)\">Cleo</a>.*", "$1");
        teacher.get(cleo).then().statusCode(200).body(containsString("0 of 2 answers right (0%)"))
                .body(containsString("Who said it")).body(containsString("Key: <strong>"));
        teacher.get("/teach/learners?name=cleo").then().statusCode(200)
                .body(containsString("Report quiz")).body(containsString("0 of 2 (0%)"));
        LearnerClient stranger = new LearnerClient();
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.findByUsername("stranger").isEmpty()) {
                Account.create("stranger", "stranger's password", Account.TEACHER);
            }
        });
        stranger.post("/j_security_check", Map.of("j_username", "stranger", "j_password", "stranger's password"));
        stranger.get(cleo).then().statusCode(403);
        stranger.get("/teach/sets/" + SLUG + "/report").then().statusCode(403);
        stranger.get("/teach/sets/" + SLUG + "/report/attempts.csv").then().statusCode(403);
        stranger.get("/teach/learners?name=cleo").then().statusCode(200).body(containsString("No attempts under this name"));

        String responses = teacher.get("/teach/sets/" + SLUG + "/report/responses.csv").then().statusCode(200)
                .extract().asString();
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(responses)).getRecords()).hasSize(9);
    }
}
