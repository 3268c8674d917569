package app.saidwho.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttributionsApiTest {
    static final String ARTICLE = "The council will vote on Friday, the mayor's office has announced.\n"
            + "\"We need this park,\" Mayor Ana Lopez told reporters.\nMore From This Section";

    @Test
    void shouldReturnAttributionsWithOffsetsIntoTheBody() {
        JsonPath json = given().contentType("text/plain; charset=UTF-8").body(ARTICLE)
                .when().post("/api/v1/attributions")
                .then().statusCode(200).contentType(containsString("application/json"))
                .body("attributions.size()", equalTo(2))
                .body("boilerplate[0].text", equalTo("More From This Section"))
                .extract().jsonPath();

        List<Map<String, Object>> attributions = json.getList("attributions");
        for (Map<String, Object> a : attributions) {
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) a.get("content");
            assertThat(ARTICLE.substring((Integer) content.get("start"), (Integer) content.get("end")))
                    .isEqualTo(content.get("text"));
        }
        assertThat(json.getString("attributions[1].source.name")).isEqualTo("Ana Lopez");
        assertThat(json.getString("attributions[1].source.type")).isEqualTo("PERSON");
        assertThat(json.getString("attributions[1].cue.lemma")).isEqualTo("tell");
        assertThat(json.getString("attributions[1].cue.stance")).isEqualTo("NEUTRAL");
        assertThat(json.getString("attributions[1].kind")).isEqualTo("DIRECT");
        assertThat(json.getString("attributions[1].rule")).isEqualTo("quote-then-cue");
        assertThat(json.getString("attributions[1].confidence")).isEqualTo("HIGH");
        assertThat(json.getString("attributions[0].source.type")).isEqualTo("ORGANISATION");
        assertThat(json.getString("attributions[0].rule")).isEqualTo("cue-subject-content-before");
        assertThat(json.getString("attributions[0].confidence")).isEqualTo("MEDIUM");
    }

    @Test
    void shouldAnswerAnEmptyBodyWith400() {
        given().contentType("text/plain").body("   ").when().post("/api/v1/attributions")
                .then().statusCode(400).contentType(containsString("application/json"))
                .body("error", containsString("empty"));
    }

    @Test
    void shouldAnswerAnotherMediaTypeWith415() {
        given().contentType("application/json").body("{\"text\": \"hi\"}").when().post("/api/v1/attributions")
                .then().statusCode(415).body("error", notNullValue());
    }

    @Test
    void shouldAcceptLongArticlesAndRefuseTooLongOnesWith413() {
        String sentence = "\"We need this park,\" Mayor Ana Lopez told reporters. ";
        String longArticle = sentence.repeat(200_000 / sentence.length() + 1);
        given().contentType("text/plain; charset=UTF-8").body(longArticle).when().post("/api/v1/attributions")
                .then().statusCode(200);
        given().contentType("text/plain; charset=UTF-8").body("x".repeat(500_001)).when().post("/api/v1/attributions")
                .then().statusCode(413).body("error", containsString("limit is 500000"));
    }

    @Test
    void shouldAnswerAnUnknownApiPathWithJson404() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).body("error", notNullValue());
    }
}
