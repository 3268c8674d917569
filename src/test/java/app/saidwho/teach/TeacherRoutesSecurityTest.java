package app.saidwho.teach;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import app.saidwho.account.Account;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.support.LearnerClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every teacher route: anonymous visitors go to sign-in, other teachers get 403, forms need the CSRF token. */
@QuarkusTest
class TeacherRoutesSecurityTest {
    @Inject
    QuizSetDrafts drafts;

    String slug;
    long question;
    long account;

    @BeforeEach
    void aSetOwnedBySomeoneElse() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String name : List.of("owner", "intruder")) {
                if (Account.findByUsername(name).isEmpty()) {
                    Account.create(name, name + "'s password", Account.TEACHER);
                }
            }
        });
        account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("owner").orElseThrow().id);
        slug = drafts.create(new QuizSetDrafts.ArticleForm("Owned set", "Gazette", null, null,
                "\"We will build more parks,\" Mayor Ana Lopez said.\n\"Not with my money,\" Governor Tom Berg said.\n"
                        + "\"Trees first,\" said councillor Mia Chen."), account);
        question = QuarkusTransaction.requiringNew().call(
                () -> Question.listCurrent(QuizSet.findBySlug(slug).orElseThrow()).get(0).id);
    }

    List<String> pages() {
        return List.of("/teach", "/teach/sets/new", "/teach/sets/upload", "/teach/teachers", "/teach/sets/" + slug,
                "/teach/sets/" + slug + "/questions/new",
                "/teach/sets/" + slug + "/export", "/teach/sets/" + slug + "/questions/" + question + "/edit",
                "/teach/sets/" + slug + "/present", "/teach/sets/" + slug + "/present/counts",
                "/teach/sets/" + slug + "/preview", "/teach/sets/" + slug + "/delete");
    }

    List<String> forms() {
        return List.of("/teach/sets", "/teach/sets/" + slug + "/publish", "/teach/sets/" + slug + "/questions/" + question,
                "/teach/sets/" + slug + "/questions/" + question + "/edit", "/teach/teachers",
                "/teach/teachers/" + account + "/access", "/teach/sets/" + slug + "/questions/new",
                "/teach/sets/" + slug + "/questions/" + question + "/move", "/teach/sets/" + slug + "/approve-all",
                "/teach/sets/" + slug + "/duplicate", "/teach/sets/" + slug + "/rename",
                "/teach/sets/" + slug + "/archive", "/teach/sets/" + slug + "/sitting",
                "/teach/sets/" + slug + "/settings", "/teach/sets/" + slug + "/delete");
    }

    @Test
    void shouldSendAnonymousVisitorsToSignIn() {
        for (String page : pages()) {
            given().redirects().follow(false).when().get(page).then().statusCode(302).header("Location", endsWith("/login"));
        }
        LearnerClient anonymous = new LearnerClient();
        anonymous.get("/");
        for (String form : forms()) {
            anonymous.submit(form, Map.of("decision", "approve", "action", "publish"))
                    .then().statusCode(302).header("Location", endsWith("/login"));
        }
    }

    @Test
    void shouldForbidAnotherTeachersSetAndTheAdminPages() {
        LearnerClient intruder = new LearnerClient();
        intruder.post("/j_security_check", Map.of("j_username", "intruder", "j_password", "intruder's password"));
        for (String page : pages().subList(3, pages().size())) {
            intruder.get(page).then().statusCode(403);
        }
        intruder.get("/teach");
        for (String form : forms().subList(1, forms().size())) {
            intruder.submit(form, Map.of("decision", "approve", "action", "publish")).then().statusCode(403);
        }
    }

    @Test
    void shouldRejectEveryFormWithoutItsCsrfToken() {
        LearnerClient owner = new LearnerClient();
        owner.post("/j_security_check", Map.of("j_username", "owner", "j_password", "owner's password"));
        // Every form below would be accepted with its token, so the 400 must be the CSRF rejection itself.
        Map<String, String> valid = Map.of("decision", "approve", "action", "publish", "title", "x");
        for (String form : forms().subList(0, 4)) {
            assertRejectedForCsrf(owner.post(form, valid));
        }
        assertRejectedForCsrf(owner.post("/logout", Map.of()));
        assertRejectedForCsrf(owner.post("/teach/sets/" + slug + "/questions/new", Map.of("prompt", "x")));
        assertRejectedForCsrf(owner.post("/teach/sets/" + slug + "/questions/" + question + "/move",
                Map.of("direction", "up")));
        for (String form : forms().subList(8, forms().size())) {
            assertRejectedForCsrf(owner.post(form, Map.of("action", "close", "title", "x")));
        }
        for (String multipart : List.of("/teach/sets/upload", "/teach/sets/from-file")) {
            assertRejectedForCsrf(given().redirects().follow(false).cookies(owner.cookies()).multiPart("title", "x")
                    .multiPart("file", "a.yaml", "title: x".getBytes()).when().post(multipart));
        }
        assertRejectedForCsrf(given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("username", "x")).when().post("/setup"));
    }

    private static void assertRejectedForCsrf(Response response) {
        response.then().statusCode(400).body(containsString("did not come from this site"));
    }
}
