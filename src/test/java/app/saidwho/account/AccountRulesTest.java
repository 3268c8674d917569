package app.saidwho.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import app.saidwho.play.Attempt;
import app.saidwho.play.AttemptService;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.TestQuizzes;
import app.saidwho.teach.Retention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A teacher's own account and learners' data: passwords, resets, time zone, deleting and retaining attempts. */
@QuarkusTest
class AccountRulesTest {
    @Inject
    QuizSetLoader loader;

    @Inject
    AttemptService attempts;

    @Inject
    Retention retention;

    @Test
    void shouldChangeTheOwnPasswordOnlyWithTheCurrentOne() {
        account("pia", Account.TEACHER);
        LearnerClient pia = signedIn("pia", "pia's password");
        pia.get("/teach/account").then().statusCode(200).body(containsString("Change your password"));
        pia.submit("/teach/account/password", Map.of("current", "wrong one!", "password", "a fresh passphrase 42",
                "confirmation", "a fresh passphrase 42")).then().statusCode(400).body(containsString("not right"));
        pia.get("/teach/account");
        pia.submit("/teach/account/password", Map.of("current", "pia's password", "password", "short",
                "confirmation", "short")).then().statusCode(400).body(containsString("at least 10"));
        pia.get("/teach/account");
        pia.submit("/teach/account/password", Map.of("current", "pia's password", "password", "a fresh passphrase 42",
                "confirmation", "a fresh passphrase 42")).then().statusCode(303);
        signedIn("pia", "a fresh passphrase 42").get("/teach").then().statusCode(200);
        given().redirects().follow(false).formParams(Map.of("j_username", "pia", "j_password", "pia's password"))
                .post("/j_security_check").then().header("Location", containsString("error"));
    }

    @Test
    void shouldGiveATemporaryPasswordThatMustBeChangedAtTheNextSignIn() {
        long id = account("quinn", Account.TEACHER);
        account("boss", Account.ADMIN);
        LearnerClient admin = signedIn("boss", "boss's password");
        admin.get("/teach/teachers").then().statusCode(200).body(containsString("Reset the password of quinn"));
        String page = admin.submit("/teach/teachers/" + id + "/reset", Map.of()).then().statusCode(200)
                .extract().asString();
        Matcher temporary = Pattern.compile("temporary password of quinn is (\\S+) ").matcher(page);
        assertThat(temporary.find()).isTrue();

        LearnerClient quinn = signedIn("quinn", temporary.group(1));
        quinn.get("/teach").then().statusCode(303).header("Location", endsWith("/teach/account?must=1"));
        quinn.get("/teach/learners?name=x").then().statusCode(303);
        quinn.get("/teach/account?must=1").then().statusCode(200).body(containsString("temporary password"));
        quinn.submit("/teach/account/password", Map.of("current", temporary.group(1), "password", "lighthouse over the bay",
                "confirmation", "lighthouse over the bay")).then().statusCode(303);
        quinn.get("/teach").then().statusCode(200);
    }

    @Test
    void shouldShowDatesInTheTeachersTimeZone() {
        account("rosa", Account.TEACHER);
        LearnerClient rosa = signedIn("rosa", "rosa's password");
        rosa.get("/teach/account");
        rosa.submit("/teach/account/settings", Map.of("timeZone", "Mars/Olympus")).then().statusCode(400)
                .body(containsString("Choose a time zone"));
        rosa.get("/teach/account");
        rosa.submit("/teach/account/settings", Map.of("timeZone", "Asia/Tokyo", "retentionDays", "")).then().statusCode(303);
        String slug = ownedSet("rosa", "rosa-zone");
        QuarkusTransaction.requiringNew().run(() ->
                QuizSet.findBySlug(slug).orElseThrow().updatedAt = Instant.parse("2026-03-01T23:30:00Z"));
        rosa.get("/teach").then().statusCode(200).body(containsString("2 Mar 2026, 08:30 JST"));
    }

    @Test
    void shouldDeleteOneAttemptOrAllUnderANameAndRemoveOldOnesAfterTheRetentionPeriod() {
        account("sven", Account.TEACHER);
        String slug = ownedSet("sven", "sven-data");
        String kept = attempts.start(slug, "Kim");
        String one = attempts.start(slug, "Lou");
        attempts.start(slug, "lou");
        String old = attempts.start(slug, "Max");
        LearnerClient sven = signedIn("sven", "sven's password");

        long oneId = idOf(one);
        sven.get("/teach/learners/attempts/" + oneId).then().statusCode(200);
        sven.submit("/teach/learners/attempts/" + oneId + "/delete", Map.of()).then().statusCode(303);
        sven.get("/teach/learners/attempts/" + oneId).then().statusCode(404);
        sven.get("/teach/learners?name=LOU").then().statusCode(200).body(containsString("Delete all 1 attempts"));
        sven.submit("/teach/learners/delete", Map.of("name", "LOU")).then().statusCode(303);
        sven.get("/teach/learners?name=lou&deleted=1").then().body(containsString("No attempts under this name"));

        sven.get("/teach/account");
        sven.submit("/teach/account/settings", Map.of("timeZone", "UTC", "retentionDays", "0")).then().statusCode(400);
        sven.get("/teach/account");
        sven.submit("/teach/account/settings", Map.of("timeZone", "UTC", "retentionDays", "30")).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() ->
                Attempt.findByToken(old).orElseThrow().startedAt = Instant.now().minus(Duration.ofDays(31)));
        assertThat(retention.purge(Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Attempt.findByToken(old).isPresent())).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Attempt.findByToken(kept).isPresent())).isTrue();
    }

    private String ownedSet(String owner, String slug) {
        TestQuizzes.load(loader, slug + ".yaml", QuizFiles.twoQuestions("Set of " + owner, "published"));
        QuarkusTransaction.requiringNew().run(() -> QuizSet.findBySlug(slug).orElseThrow().ownerId =
                Account.findByUsername(owner).orElseThrow().id);
        return slug;
    }

    private static long idOf(String token) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.findByToken(token).orElseThrow().id);
    }

    private static long account(String username, String role) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username)
                .orElseGet(() -> Account.create(username, username + "'s password", role)).id);
    }

    private static LearnerClient signedIn(String username, String password) {
        LearnerClient client = new LearnerClient();
        client.post("/j_security_check", Map.of("j_username", username, "j_password", password))
                .then().statusCode(302);
        return client;
    }
}
