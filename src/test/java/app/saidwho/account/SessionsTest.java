package app.saidwho.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import app.saidwho.support.LearnerClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing out, disabling and a new password end a session for good: an old cookie opens nothing. */
@QuarkusTest
class SessionsTest {
    static final String TEACHER = "session-teacher";
    static final String PASSWORD = "session teacher's password";

    @Inject
    SignInThrottle throttle;

    @BeforeEach
    void teacher() {
        throttle.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = Account.findByUsername(TEACHER).orElseGet(() -> Account.create(TEACHER, PASSWORD, Account.TEACHER));
            account.enabled = true;
            account.role = Account.TEACHER;
            account.changePassword(PASSWORD);
        });
    }

    @Test
    void shouldNotLetTheCookiesOfASignedOutSessionInAgain() {
        LearnerClient browser = signedIn();
        Map<String, String> before = browser.cookies();
        browser.get("/teach").then().statusCode(200);
        browser.submit("/logout", Map.of()).then().statusCode(303);

        given().redirects().follow(false).cookies(before).when().get("/teach")
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void shouldEndEverySessionOfTheAccountOnSignOut() {
        LearnerClient laptop = signedIn();
        LearnerClient phone = signedIn();
        laptop.get("/teach").then().statusCode(200);
        laptop.submit("/logout", Map.of()).then().statusCode(303);
        phone.get("/teach").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void shouldEndTheSessionsOfADisabledTeacherAndOfANewPassword() {
        LearnerClient disabled = signedIn();
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(TEACHER).orElseThrow().sessionVersion = null);
        disabled.get("/teach").then().statusCode(302).header("Location", endsWith("/login"));

        LearnerClient renamed = signedIn();
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(TEACHER).orElseThrow().changePassword("a new long password"));
        renamed.get("/teach").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void shouldNeedTheCsrfTokenToSignOutWhateverTheContentType() {
        LearnerClient browser = signedIn();
        browser.get("/teach").then().statusCode(200);
        Map<String, String> cookies = browser.cookies();
        given().redirects().follow(false).cookies(cookies).contentType(ContentType.TEXT).body("bye")
                .when().post("/logout").then().statusCode(415);
        given().redirects().follow(false).cookies(cookies).contentType(ContentType.JSON).body("{}")
                .when().post("/logout").then().statusCode(415);
        given().redirects().follow(false).cookies(cookies).multiPart("a", "b")
                .when().post("/logout").then().statusCode(415);
        given().redirects().follow(false).cookies(cookies).when().post("/logout")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 415));
        given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC).formParam("a", "b")
                .when().post("/logout").then().statusCode(400);
        browser.get("/teach").then().statusCode(200);
    }

    private static LearnerClient signedIn() {
        LearnerClient browser = new LearnerClient();
        browser.post("/j_security_check", Map.of("j_username", TEACHER, "j_password", PASSWORD))
                .then().statusCode(302).header("Location", endsWith("/teach"));
        return browser;
    }
}
