package app.saidwho.teach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import app.saidwho.support.LearnerClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeacherAccessTest {

    @Test
    void shouldSendAnAnonymousVisitorToTheSignInPage() {
        given().redirects().follow(false).when().get("/teach")
                .then().statusCode(302).header("Location", endsWith("/login"));
        given().when().get("/login").then().statusCode(200)
                .body(containsString("name=\"j_username\"")).body(containsString("action=\"/j_security_check\""));
    }

    @Test
    void shouldSetUpTheAdminOnceThenSignInSeeAllSetsAndSignOut() {
        LearnerClient browser = new LearnerClient();
        browser.get("/setup").then().statusCode(200).body(containsString("Create the admin account"));
        browser.post("/setup", Map.of("username", "root", "password", "long enough pw", "confirmation",
                "long enough pw")).then().statusCode(400);
        browser.submit("/setup", Map.of("username", "head", "password", "long enough pw", "confirmation", "other"))
                .then().statusCode(400).body(containsString("not the same"));
        browser.submit("/setup", Map.of("username", "head", "password", "short", "confirmation", "short"))
                .then().statusCode(400).body(containsString("at least 10"));

        browser.submit("/setup", Map.of("username", "head", "password", "long enough pw", "confirmation",
                "long enough pw")).then().statusCode(303).header("Location", containsString("/login?created=1"));

        String hash = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("head").orElseThrow().passwordHash);
        assertThat(hash).startsWith("$2").doesNotContain("long enough pw");
        browser.get("/setup").then().statusCode(303);
        browser.submit("/setup", Map.of("username", "second", "password", "long enough pw", "confirmation",
                "long enough pw")).then().statusCode(409);

        given().redirects().follow(false).formParams(Map.of("j_username", "head", "j_password", "wrong password"))
                .when().post("/j_security_check").then().statusCode(302).header("Location", containsString("/login?error=1"));
        Response signedIn = given().redirects().follow(false)
                .formParams(Map.of("j_username", "head", "j_password", "long enough pw"))
                .when().post("/j_security_check");
        signedIn.then().statusCode(302).header("Location", endsWith("/teach"));
        String credential = signedIn.getCookie(LoginPages.CREDENTIAL_COOKIE);
        assertThat(signedIn.getDetailedCookie(LoginPages.CREDENTIAL_COOKIE).isHttpOnly()).isTrue();

        given().cookie(LoginPages.CREDENTIAL_COOKIE, credential).when().get("/teach").then().statusCode(200)
                .body(containsString("Signed in as <strong>head</strong>"))
                .body(containsString("Trump invites Putin after the Helsinki summit"));

        LearnerClient teacher = new LearnerClient();
        teacher.post("/j_security_check", Map.of("j_username", "head", "j_password", "long enough pw"));
        teacher.get("/teach").then().statusCode(200);
        teacher.post("/logout", Map.of()).then().statusCode(400);
        teacher.submit("/logout", Map.of()).then().statusCode(303);
        teacher.get("/teach").then().statusCode(302).header("Location", endsWith("/login"));
    }
}
