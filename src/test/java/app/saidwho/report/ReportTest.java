package app.saidwho.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.saidwho.play.AttemptService;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.Teachers;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seeds attempts whose figures the tests work out themselves, then read the report pages and the CSV. */
@QuarkusTest
class ReportTest {
    static final String SLUG = "report-park";
    static boolean seeded;

    @Inject
    QuizSetLoader loader;

    @Inject
    AttemptService attempts;

    LearnerClient teacher;

    /**
     * Once for the class: right answers per learner 2, 2, 1, 0, and Dora, who stops after one right
     * answer. Finished scores 100, 100, 50, 0: mean 62.5, median (50 + 100) / 2 = 75; started 5, finished 4.
     */
    @BeforeEach
    void seedAttemptsAndSignIn() {
        if (!seeded) {
            seed();
            seeded = true;
        }
        teacher = Teachers.signedIn("reporter");
    }

    private void seed() {
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.twoQuestions("Report quiz", "published"));
        List<Question> qs = TestQuizzes.activeQuestions(SLUG);
        long reporter = Teachers.account("reporter");
        QuarkusTransaction.requiringNew().run(() -> QuizSet.<QuizSet>find("slug", SLUG).firstResult().ownerId = reporter);
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
    }

    @Test
    void shouldShowCountsMeanAndMedianOfTheFinishedAttempts() {
        // Statistics count finished attempts by default; started counts every attempt. 62.5 rounds to 63.
        teacher.get("/teach/sets/" + SLUG + "/report").then().statusCode(200)
                .body(containsString("<dd id=\"started\">5</dd>"))
                .body(containsString("<dd id=\"finished-count\">4</dd>"))
                .body(containsString("<dd id=\"mean\">63%</dd>"))
                .body(containsString("<dd id=\"median\">75%</dd>"));
    }

    @Test
    void shouldShowEachQuestionsFacilityAndTheCharts() {
        // Question 1: right 3 of 4 (75 %), question 2: right 2 of 4 (50 %).
        String page = teacher.get("/teach/sets/" + SLUG + "/report?finished=on").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("facility <strong>75%</strong>").contains("facility <strong>50%</strong>");
        assertThat(page).contains("<svg class=\"chart\" role=\"img\"");
    }

    @Test
    void shouldCountTheUnfinishedAttemptWithoutTheFinishedFilter() {
        teacher.get("/teach/sets/" + SLUG + "/report?unfinished=on").then().body(containsString("<dd id=\"started\">5</dd>"))
                .body(containsString("<dd id=\"finished-count\">4</dd>"));
    }

    @Test
    void shouldShowAnswersGivenAfterTheReportWasLastShown() {
        // A set of its own, so the other tests' figures stay as seeded. The report is read, then learners answer.
        String slug = "report-live";
        TestQuizzes.load(loader, slug + ".yaml", QuizFiles.twoQuestions("Live quiz", "published"));
        long reporter = Teachers.account("reporter");
        QuarkusTransaction.requiringNew().run(() -> {
            QuizSet set = QuizSet.<QuizSet>find("slug", slug).firstResult();
            set.ownerId = reporter;
            set.listed = false; // off the home page, whose links PageLinksTest crawls within a page budget
        });
        List<Question> qs = TestQuizzes.activeQuestions(slug);
        String first = attempts.start(slug, "Eli");
        attempts.answer(first, qs.get(0).id, qs.get(0).answerIndex);
        String report = "/teach/sets/" + slug + "/report?unfinished=on";
        teacher.get(report).then().statusCode(200).body(containsString("<dd id=\"started\">1</dd>"))
                .body(containsString("<dd id=\"finished-count\">0</dd>")).body(containsString("facility <strong>100%</strong>"));
        teacher.get("/teach/sets/" + slug + "/report").then().statusCode(200)
                .body(containsString("<dd id=\"finished-count\">0</dd>")).body(containsString("0 answers · facility"))
                .body(not(containsString("1 answers · facility")));
        attempts.answer(first, qs.get(1).id, (qs.get(1).answerIndex + 1) % qs.get(1).options.size());
        String second = attempts.start(slug, "Fay");
        attempts.answer(second, qs.get(0).id, (qs.get(0).answerIndex + 1) % qs.get(0).options.size());
        // Question 1: right 1 of 2 (50 %); question 2: right 0 of 1; Eli finished with 50 %, Fay has 0 %.
        String page = teacher.get(report).then().statusCode(200).extract().asString();
        assertThat(page).contains("<dd id=\"started\">2</dd>", "<dd id=\"finished-count\">1</dd>",
                "<dd id=\"mean\">25%</dd>", "facility <strong>50%</strong>", "facility <strong>0%</strong>");
        // The default view (finished attempts, from the report tallies) has Eli's finished attempt.
        String finished = teacher.get("/teach/sets/" + slug + "/report").then().statusCode(200).extract().asString();
        assertThat(finished).contains("<dd id=\"mean\">50%</dd>", "<dd id=\"started\">2</dd>",
                "<dd id=\"finished-count\">1</dd>", "1 answers · facility <strong>100%</strong>",
                "1 answers · facility <strong>0%</strong>");
    }

    @Test
    void shouldExportFinishedAttemptsAsCsvWithFormulaCellsNeutralised() throws Exception {
        String csv = teacher.get("/teach/sets/" + SLUG + "/report/attempts.csv?finished=on").then().statusCode(200)
                .extract().asString();
        List<CSVRecord> records = records(csv);
        assertThat(records).extracting(r -> r.get("learner"))
                .containsExactly("'=HYPERLINK(\"x\")", "Ana, \"the\" first", "Ben\nNewline", "Cleo");
        assertThat(records).extracting(r -> r.get("score_percent")).containsExactly("100", "100", "50", "0");
    }

    @Test
    void shouldExportEveryResponseOfEveryAttempt() throws Exception {
        String responses = teacher.get("/teach/sets/" + SLUG + "/report/responses.csv?unfinished=on").then().statusCode(200)
                .extract().asString();
        assertThat(records(responses)).hasSize(9);
    }

    @Test
    void shouldListLearnersEscapedAndOpenOneAttemptDownToEachAnswer() {
        teacher.get("/teach/learners/sets/" + SLUG).then().statusCode(200)
                .body(containsString("Ana, &quot;the&quot; first"))
                .body(containsString("=HYPERLINK(&quot;x&quot;)"));
        teacher.get(cleosAttempt()).then().statusCode(200).body(containsString("0 of 2 points (0%)"))
                .body(containsString("Who said it")).body(containsString("Key: <strong>"));
    }

    @Test
    void shouldFindALearnerByNameAcrossTheTeachersSets() {
        teacher.get("/teach/learners?name=cleo").then().statusCode(200)
                .body(containsString("Report quiz")).body(containsString("0 of 2 (0%)"));
    }

    @Test
    void shouldForbidAnotherTeacherTheReportTheCsvAndTheAttempts() {
        String cleo = cleosAttempt();
        LearnerClient stranger = Teachers.signedIn("stranger");
        stranger.get(cleo).then().statusCode(403);
        stranger.get("/teach/sets/" + SLUG + "/report").then().statusCode(403);
        stranger.get("/teach/sets/" + SLUG + "/report/attempts.csv").then().statusCode(403);
        stranger.get("/teach/learners?name=cleo").then().statusCode(200).body(containsString("No attempts under this name"));
    }

    private String cleosAttempt() {
        String list = teacher.get("/teach/learners/sets/" + SLUG).then().statusCode(200).extract().asString();
        return list.replaceAll("(?s).*href=\"(/teach/learners/attempts/\\d+)\">Cleo</a>.*", "$1");
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
