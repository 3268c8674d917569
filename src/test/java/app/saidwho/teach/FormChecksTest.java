package app.saidwho.teach;

import static org.hamcrest.Matchers.containsString;

import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.Teachers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The teacher's forms answer a broken field with 400 and that field's message, and store nothing. */
@QuarkusTest
class FormChecksTest {
    static final String ARTICLE = "\"The ferry runs again,\" harbour master Ola Brink said.\n";

    @Inject
    QuizSetDrafts drafts;

    LearnerClient teacher;
    String slug;
    long question;

    @BeforeEach
    void aSignedInTeacherWithASet() {
        slug = drafts.create(new QuizSetDrafts.ArticleForm("Ferry", "Gazette", null, null, ARTICLE),
                Teachers.account("checker"));
        question = QuarkusTransaction.requiringNew().call(
                () -> Question.listCurrent(QuizSet.findBySlug(slug).orElseThrow()).get(0).id);
        teacher = Teachers.signedIn("checker");
        teacher.get("/teach/sets/new");
    }

    @Test
    void shouldNameTheBrokenFieldOfANewSet() {
        long sets = QuarkusTransaction.requiringNew().call(() -> QuizSet.count());
        teacher.submit("/teach/sets", Map.of("title", "Ferry", "publisher", " ", "text", ARTICLE))
                .then().statusCode(400).body(containsString("Name the publisher of the article"));
        teacher.submit("/teach/sets", Map.of("title", "Ferry", "publisher", "Gazette", "url", "ftp://x", "text", ARTICLE))
                .then().statusCode(400).body(containsString("must start with http:// or https://"));
        teacher.submit("/teach/sets", Map.of("title", "x".repeat(301), "publisher", "Gazette", "text", ARTICLE))
                .then().statusCode(400).body(containsString("Give the quiz a title of 1 to 300 characters"));
        org.assertj.core.api.Assertions.assertThat(QuarkusTransaction.requiringNew().call(() -> QuizSet.count()))
                .isEqualTo(sets);
    }

    @Test
    void shouldShowEachBrokenFieldOfAnEditBesideIt() {
        String edit = "/teach/sets/" + slug + "/questions/" + question + "/edit";
        teacher.get(edit);
        io.restassured.RestAssured.given().redirects().follow(false).cookies(teacher.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", teacher.csrfToken()).formParam("prompt", " ")
                .formParam("option", "Ola Brink", "x".repeat(1001)).formParam("key", "0")
                .formParam("explanation", "").formParam("evidence", "The ferry runs again")
                .when().post(edit).then().statusCode(400)
                .body(containsString("id=\"prompt-error\""))
                .body(containsString("Write a question of 1 to 2000 characters."))
                .body(containsString("Keep each option under 1000 characters."))
                .body(containsString("Explain the answer in 1 to 4000 characters."));
        teacher.get(edit).then().body(org.hamcrest.Matchers.not(containsString("x".repeat(1001))));
    }
}
