package app.saidwho.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Headers that keep pages out of frames, caches and MIME sniffing, and redirects that never name a forged host. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldSendTheProtectiveHeadersOnPagesErrorsAndFiles() {
        for (String path : new String[] {"/", "/login", "/no/such/page", "/style.css", "/api/v1/nothing"}) {
            protective(given().redirects().follow(false).when().get(path).then());
        }
    }

    @Test
    void shouldKeepTeacherPagesAndDownloadsOutOfCaches() {
        given().redirects().follow(false).when().get("/teach").then().header("Cache-Control", equalTo("no-store"));
        given().redirects().follow(false).when().get("/teach/sets/any/report/attempts.csv").then()
                .header("Cache-Control", equalTo("no-store"));
        given().redirects().follow(false).when().get("/teach/sets/any/export").then()
                .header("Cache-Control", equalTo("no-store"));
        given().when().get("/login").then().header("Cache-Control", equalTo("no-store"));
        given().when().get("/").then().header("Cache-Control", nullValue());
    }

    @Test
    void shouldNeverReflectTheHostHeaderIntoARedirect() {
        given().redirects().follow(false).header("Host", "evil.example").when().get("/teach")
                .then().statusCode(302).header("Location", equalTo("/login"));
        given().redirects().follow(false).header("Host", "evil.example")
                .formParam("j_username", "nobody").formParam("j_password", "wrong")
                .when().post("/j_security_check").then().statusCode(302)
                .header("Location", startsWith("/login")).header("Location", not(containsString("evil")));
        given().redirects().follow(false).header("Host", "evil.example").when().get("/join?code=")
                .then().header("Location", org.hamcrest.Matchers.anyOf(nullValue(), not(containsString("evil"))));
    }

    private static void protective(ValidatableResponse response) {
        response.header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }
}
