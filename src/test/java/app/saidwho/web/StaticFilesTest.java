package app.saidwho.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The stylesheet and scripts come from memory with the site's headers, and a browser's copy is confirmed. */
@QuarkusTest
class StaticFilesTest {

    @Test
    void shouldServeTheStylesheetAndScriptWithTheirTypes() {
        given().when().get("/style.css").then().statusCode(200).contentType(startsWith("text/css"))
                .body(containsString("{")).header("Cache-Control", containsString("max-age"));
        given().when().get("/present.js").then().statusCode(200).contentType(startsWith("text/javascript"));
    }

    @Test
    void shouldAnswerNotModifiedWhenTheBrowserHasTheSameFile() {
        String etag = given().when().get("/style.css").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/style.css").then().statusCode(304)
                .body(emptyString()).header("X-Content-Type-Options", equalTo("nosniff"));
        given().header("If-None-Match", "\"other\"").when().get("/style.css").then().statusCode(200);
    }

    @Test
    void shouldLeaveAMissingFileToTheNotFoundPage() {
        given().when().get("/no-such-file.css").then().statusCode(404)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
