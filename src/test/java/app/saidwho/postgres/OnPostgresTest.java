package app.saidwho.postgres;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.saidwho.account.SignInThrottle;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.Teachers;
import app.saidwho.support.TestQuizzes;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The app on a real PostgreSQL server, as several nodes run it: every migration applies, a learner takes a quiz,
 * the teacher reads the report, and the sign-in throttle counts guesses another node recorded in the database.
 */
@QuarkusTest
@TestProfile(OnPostgres.class)
@ExtendWith(PostgresAvailable.class)
class OnPostgresTest {
    static final String SLUG = "postgres-park";

    @Inject
    QuizSetLoader loader;

    @Inject
    AgroalDataSource database;

    @Inject
    SignInThrottle throttle;

    @Test
    void shouldRunEveryMigrationOnPostgres() throws Exception {
        try (Connection c = database.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            try (ResultSet failed = c.createStatement().executeQuery(
                    "select count(*) from flyway_schema_history where not success")) {
                failed.next();
                assertThat(failed.getInt(1)).isZero();
            }
        }
    }

    @Test
    void shouldLetALearnerTakeAQuizAndTheTeacherReadTheReport() {
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.twoQuestions("Park quiz on PostgreSQL", "published"));
        long owner = Teachers.account("pg-teacher");
        QuarkusTransaction.requiringNew().run(() -> QuizSet.<QuizSet>find("slug", SLUG).firstResult().ownerId = owner);
        List<Question> questions = TestQuizzes.activeQuestions(SLUG);

        LearnerClient learner = new LearnerClient();
        String attempt = learner.start(SLUG, "Ada Lovelace");
        learner.answer(learner.nextQuestion(attempt), questions.get(0).answerIndex).then().statusCode(303);
        learner.answer(learner.nextQuestion(attempt), 1 - questions.get(1).answerIndex).then().statusCode(303);
        String result = LearnerClient.path(learner.get(attempt).then().statusCode(303).extract().header("Location"));
        learner.get(result).then().statusCode(200).body(containsString("You got <strong>1 of 2</strong>")).body(containsString("(50%)"));

        LearnerClient teacher = Teachers.signedIn("pg-teacher");
        teacher.get("/teach/sets/" + SLUG + "/report").then().statusCode(200)
                .body(containsString("<dd id=\"started\">1</dd>"))
                .body(containsString("<dd id=\"mean\">50%</dd>"));
        teacher.get("/teach/sets/" + SLUG + "/report/attempts.csv").then().statusCode(200)
                .body(containsString("Ada Lovelace"));
    }

    @Test
    void shouldThrottleGuessesThatAnotherNodeRecorded() throws Exception {
        throttle.clear();
        Teachers.account("pg-victim");
        // Five failed guesses at this account, as another node behind the same balancer would have stored them.
        try (Connection c = database.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into sign_in_attempt (id, address, username, "
                     + "attempted_at) values (nextval('sign_in_attempt_seq'), ?, ?, ?)")) {
            for (int i = 0; i < 5; i++) {
                insert.setString(1, "192.0.2." + (10 + i));
                insert.setString(2, "pg-victim");
                insert.setObject(3, OffsetDateTime.now());
                insert.executeUpdate();
            }
        }
        int status = given().redirects().follow(false)
                .formParams(Map.of("j_username", "pg-victim", "j_password", "pg-victim's password"))
                .post("/j_security_check").statusCode();
        assertThat(status).as("the right password, after five guesses elsewhere").isEqualTo(429);
        throttle.clear();
    }
}
