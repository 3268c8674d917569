package app.saidwho.teach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.saidwho.account.Account;
import app.saidwho.play.Attempt;
import app.saidwho.play.Response;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.RubricLevel;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A teacher scores written answers on their rubric; until then they are pending and count in no score. */
@QuarkusTest
class WrittenScoringTest {
    static final String SLUG = "scoring-park";

    @Inject
    QuizSetLoader loader;

    static boolean loaded;

    @BeforeEach
    void loadTheSetOwnedByATeacher() {
        if (loaded) {
            return;
        }
        loaded = true;
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.everyType("Scoring quiz"));
        QuarkusTransaction.requiringNew().run(() -> QuizSet.<QuizSet>find("slug", SLUG).firstResult().ownerId =
                account("scorer").id);
    }

    @Test
    void shouldListPendingAnswersWithTheRubricAndPutTheScoreIntoTheAttempt() {
        LearnerClient learner = new LearnerClient();
        String attempt = answerEverything(learner, "Nia");
        learner.get(attempt + "/result").then().statusCode(200).body(containsString("One written answer waits"));

        LearnerClient teacher = signedIn("scorer");
        teacher.get("/teach/sets/" + SLUG + "/to-score").then().statusCode(200)
                .body(containsString("<strong>Nia</strong> wrote:"))
                .body(containsString("Ask who the critics are."))
                .body(containsString("<strong>Proficient</strong> (2 points): Names who the critics are"));
        long id = written("Nia").id;
        teacher.submit("/teach/sets/" + SLUG + "/responses/" + id + "/score", Map.of("level", "EMERGENT"))
                .then().statusCode(303);

        Response scored = written("Nia");
        assertThat(scored.rubricLevel).isEqualTo(RubricLevel.EMERGENT);
        assertThat(scored.points).isEqualTo(1);
        assertThat(scored.maxPoints).isEqualTo(2);
        Attempt stored = QuarkusTransaction.requiringNew().call(() -> Attempt.findByToken(scored.attempt.token).orElseThrow());
        assertThat(stored.points).isEqualTo(5);
        assertThat(stored.maxPoints).isEqualTo(6);
        learner.get(attempt + "/result").then().statusCode(200)
                .body(containsString("<strong>5 of 6</strong> points (83%)"))
                .body(containsString("Emergent: Asks for evidence but not from whom."))
                .body(not(containsString("One written answer waits")));
        String page = teacher.get("/teach/sets/" + SLUG + "/to-score").then().statusCode(200).extract().asString();
        assertThat(page.indexOf("id=\"response-" + id + "\"")).as("listed under the scored answers")
                .isGreaterThan(page.indexOf("id=\"scored\""));
    }

    @Test
    void shouldRefuseAnUnknownLevelAnotherTeacherAndAnAnswerOfAnotherSet() {
        answerEverything(new LearnerClient(), "Ole");
        long id = written("Ole").id;
        LearnerClient teacher = signedIn("scorer");
        teacher.get("/teach/sets/" + SLUG + "/to-score");
        teacher.submit("/teach/sets/" + SLUG + "/responses/" + id + "/score", Map.of("level", "EXCELLENT"))
                .then().statusCode(400).body(containsString("Choose Proficient, Emergent or Basic"));
        teacher.submit("/teach/sets/" + SLUG + "/responses/999999/score", Map.of("level", "BASIC"))
                .then().statusCode(404);
        LearnerClient other = signedIn("not-the-owner");
        other.get("/teach");
        other.get("/teach/sets/" + SLUG + "/to-score").then().statusCode(403);
        assertThat(written("Ole").pending()).isTrue();
    }

    @Test
    void shouldReportFacilityPerPairAndTheRubricDistributionWithTheirCsv() {
        answerEverything(new LearnerClient(), "Pat");
        LearnerClient teacher = signedIn("scorer");
        teacher.get("/teach/sets/" + SLUG + "/report/item-types").then().statusCode(200)
                .body(containsString("<caption>Match each statement to the source it comes from.</caption>"))
                .body(containsString("<th scope=\"row\">“the plan was too expensive”</th><td>Critics</td>"))
                .body(containsString("<th scope=\"col\">To score</th>"));
        String pairs = teacher.get("/teach/sets/" + SLUG + "/report/pairs.csv").then().statusCode(200).extract().asString();
        assertThat(pairs.lines().findFirst()).contains("question,pair,quotation,speaker,answers,right,facility_percent");
        assertThat(pairs.lines().skip(1)).hasSize(2).allSatisfy(line -> assertThat(line).endsWith(",100"));
        String written = teacher.get("/teach/sets/" + SLUG + "/report/written.csv").then().statusCode(200).extract().asString();
        assertThat(written.lines().skip(1)).singleElement().asString().startsWith("What would you check");
        other403("/teach/sets/" + SLUG + "/report/item-types");
    }

    private static void other403(String path) {
        LearnerClient other = signedIn("not-the-owner");
        other.get(path).then().statusCode(403);
    }

    private static String answerEverything(LearnerClient learner, String name) {
        List<Question> questions = TestQuizzes.activeQuestions(SLUG);
        String attempt = learner.start(SLUG, name);
        for (int i = 0; i < questions.size(); i++) {
            String page = learner.nextQuestion(attempt);
            long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
            Question q = questions.stream().filter(x -> x.id == id).findFirst().orElseThrow();
            learner.get(page);
            switch (q.type) {
                case MATCH -> learner.submitRepeated(page, "pair", List.of("0", "1"));
                case SHORT_ANSWER -> learner.submit(page, Map.of("text", "Ask who the critics are."));
                default -> learner.submit(page, Map.of("choice", String.valueOf(q.answerIndex)));
            }
        }
        return attempt;
    }

    private static Response written(String learner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Response r = Response.<Response>find("attempt.learnerName = ?1 and attempt.quizSet.slug = ?2 "
                    + "and question.type = app.saidwho.quiz.ItemType.SHORT_ANSWER", learner, SLUG).firstResult();
            r.attempt.token.length();
            return r;
        });
    }

    private static LearnerClient signedIn(String username) {
        QuarkusTransaction.requiringNew().run(() -> account(username));
        LearnerClient client = new LearnerClient();
        client.post("/j_security_check", Map.of("j_username", username, "j_password", username + "'s password"));
        return client;
    }

    private static Account account(String username) {
        return Account.findByUsername(username)
                .orElseGet(() -> Account.create(username, username + "'s password", Account.TEACHER));
    }
}
