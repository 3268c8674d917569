package app.saidwho.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.saidwho.play.Attempt;
import app.saidwho.play.AttemptService;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.TestQuizzes;
import app.saidwho.account.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Reports that say what they mean: one learner finishes with 2 of 3 right, another leaves after one wrong
 * answer; then the first question is edited (a second version) and the third rejected.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportRulesTest {
    static final String SLUG = "report-rules";
    static final String THIRD = """
              - id: third
                skill: WHO_SAID
                prompt: Who claimed the plan was too expensive?
                options: [Critics, Ana Lopez]
                key: Critics
                explanation: The sentence names the critics.
                evidence: Critics claimed the plan was too expensive.
            """;

    @Inject
    QuizSetLoader loader;

    @Inject
    AttemptService attempts;

    LearnerClient admin = new LearnerClient();

    @BeforeAll
    void seedTwoAttempts() {
        String file = QuizFiles.twoQuestions("Rules quiz", "published") + THIRD;
        TestQuizzes.load(loader, SLUG + ".yaml", file);
        List<Question> qs = TestQuizzes.activeQuestions(SLUG);
        String finished = attempts.start(SLUG, "Finn");
        for (int i = 0; i < 3; i++) {
            Question q = qs.get(i);
            attempts.answer(finished, q.id, i < 2 ? q.answerIndex : 1 - q.answerIndex);
        }
        String left = attempts.start(SLUG, "Lea");
        attempts.answer(left, qs.get(0).id, 1);
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.findByUsername("rules-admin").isEmpty()) {
                Account.create("rules-admin", "rules admin password", Account.ADMIN);
            }
        });
    }

    @BeforeEach
    void signIn() {
        admin.post("/j_security_check", Map.of("j_username", "rules-admin", "j_password", "rules admin password"));
    }

    @Test
    @Order(1)
    void shouldCountFinishedAttemptsByDefaultAndUnfinishedOnesOnRequest() {
        admin.get("/teach/sets/" + SLUG + "/report").then().statusCode(200)
                .body(containsString("<dd id=\"started\">2</dd>"))
                .body(containsString("<dd id=\"finished-count\">1</dd>"))
                .body(containsString("<dd id=\"mean\">67%</dd>"))
                .body(containsString("count finished attempts only"));
        // (67 + 0) / 2 = 33.5, rounded half up like every other percentage.
        admin.get("/teach/sets/" + SLUG + "/report?unfinished=on").then().statusCode(200)
                .body(containsString("<dd id=\"mean\">34%</dd>"))
                .body(containsString("id=\"unfinished\" name=\"unfinished\" value=\"on\" checked"));
    }

    @Test
    @Order(2)
    void shouldRoundTheSameWayOnThePagesAndInTheCsv() throws Exception {
        assertThat(csv("attempts.csv")).singleElement().satisfies(r -> {
            assertThat(r.get("learner")).isEqualTo("Finn");
            assertThat(r.get("score_percent")).isEqualTo("67");
        });
        assertThat(csv("attempts.csv?unfinished=on")).hasSize(2);
        admin.get("/teach/learners/sets/" + SLUG).then().statusCode(200).body(containsString("2 of 3 (67%)"));
    }

    @Test
    @Order(3)
    void shouldNameTheChosenOptionAndTheKeyInTheResponsesCsv() throws Exception {
        List<CSVRecord> rows = csv("responses.csv");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("chosen_option")).isEqualTo("Ana Lopez");
        assertThat(rows.get(0).get("key_option")).isEqualTo("Ana Lopez");
        assertThat(rows.get(2).get("chosen_option")).isEqualTo("Ana Lopez");
        assertThat(rows.get(2).get("key_option")).isEqualTo("Critics");
    }

    @Test
    @Order(4)
    void shouldLabelTheChartAxesAndSayChosenOnce() {
        admin.get("/teach/sets/" + SLUG + "/report").then().statusCode(200)
                .body(containsString("Score (% of questions right)"))
                .body(containsString(">Attempts</text>"))
                .body(containsString("Mastery (% of answers right)"))
                .body(containsString("Ana Lopez <strong class=\"tag\">key</strong>: chosen once"))
                .body(containsString("The city council: never chosen"));
    }

    @Test
    @Order(5)
    void shouldAnswerDatesThatCannotBeReadOnTheReportPageWith400() {
        admin.get("/teach/sets/" + SLUG + "/report?from=yesterday").then().statusCode(400)
                .body(containsString("Give dates as YYYY-MM-DD"))
                .body(containsString("class=\"site-header\""))
                .body(containsString("value=\"yesterday\""));
        admin.get("/teach/sets/" + SLUG + "/report?from=2024-05-07&to=2024-05-06").then().statusCode(400)
                .body(containsString("The first date is after the second one."));
        admin.get("/teach/sets/" + SLUG + "/report/attempts.csv?to=31.12.2024").then().statusCode(400)
                .body(containsString("Give dates as YYYY-MM-DD"));
    }

    @Test
    @Order(6)
    void shouldAnalyseOnlyQuestionsLearnersMeetWithEarlierVersionsFoldedUnderTheCurrentOne() {
        String edited = (QuizFiles.twoQuestions("Rules quiz", "published") + THIRD)
                .replace("prompt: Who said \"This park is for everyone\"?", "prompt: Who told reporters the park is for everyone?");
        TestQuizzes.load(loader, SLUG + ".yaml", edited);
        QuarkusTransaction.requiringNew().run(() -> {
            Question third = Question.<Question>find("quizSet.slug = ?1 and questionKey = 'third' and retired = false", SLUG)
                    .firstResult();
            third.status = QuestionStatus.REJECTED;
            QuizSet.findBySlug(SLUG).orElseThrow().updatedAt = Instant.now();
        });
        String page = admin.get("/teach/sets/" + SLUG + "/report").then().statusCode(200)
                .body(not(containsString("Who claimed the plan was too expensive?")))
                .extract().asString();
        String current = page.substring(page.indexOf("Who told reporters the park is for everyone?"));
        assertThat(current).contains("0 answers").contains("Earlier versions (1)");
        assertThat(current.substring(current.indexOf("Earlier versions")))
                .contains("Who said &quot;This park is for everyone&quot;?").contains("1 answers");
    }

    @Test
    @Order(7)
    void shouldCountAttemptsAnsweredBeforeTheyKeptAnAnswerLogTheSameWay() {
        // A start date makes each report a new one (not the cached one); both dates include every attempt.
        String before = admin.get("/teach/sets/" + SLUG + "/report?from=2000-01-02").then().statusCode(200)
                .extract().asString().replace("2000-01-02", "DATE");
        QuarkusTransaction.requiringNew().run(() ->
                Attempt.update("answerLog = null where quizSet = ?1", QuizSet.findBySlug(SLUG).orElseThrow()));
        String after = admin.get("/teach/sets/" + SLUG + "/report?from=2000-01-01").then().statusCode(200)
                .extract().asString().replace("2000-01-01", "DATE");
        assertThat(after).isEqualTo(before).contains("1 answers");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>list("quizSet.slug = ?1", SLUG)))
                .allSatisfy(a -> assertThat(a.answerLog).isNotBlank());
    }

    private List<CSVRecord> csv(String file) throws Exception {
        String body = admin.get("/teach/sets/" + SLUG + "/report/" + file).then().statusCode(200).extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))
                .getRecords();
    }
}
