package app.saidwho.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import app.saidwho.support.LearnerClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeacherAccessTest {
    static final String ARTICLE = "The council will vote on the <b>park</b> plan on Friday, the mayor's office has announced.\n"
            + "\"We will build more parks,\" Mayor Ana Lopez said on Monday.\n"
            + "\"Not with my money,\" Governor Tom Berg said in a tweet.\n"
            + "\"The city needs trees,\" said councillor Mia Chen.\n"
            + "Critics claimed the plan was far too expensive for a small town.";

    @Test
    @Order(1)
    void shouldSendAnAnonymousVisitorToTheSignInPage() {
        given().redirects().follow(false).when().get("/teach")
                .then().statusCode(302).header("Location", endsWith("/login"));
        given().when().get("/login").then().statusCode(200)
                .body(containsString("name=\"j_username\"")).body(containsString("action=\"/j_security_check\""));
    }

    @Test
    @Order(2)
    void shouldSetUpTheAdminOnceThenSignInSeeAllSetsAndSignOut() {
        // Other test classes may have made accounts in this shared database; setup needs a new install.
        QuarkusTransaction.requiringNew().run(() -> {
            app.saidwho.quiz.QuizSet.update("ownerId = null where ownerId is not null");
            Account.deleteAll();
        });
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
        assertThat(signedIn.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith(LoginPages.CREDENTIAL_COOKIE)
                && c.toLowerCase().contains("samesite=lax"));

        given().cookie(LoginPages.CREDENTIAL_COOKIE, credential)
                .cookie(SessionVersionCheck.COOKIE, signedIn.getCookie(SessionVersionCheck.COOKIE))
                .when().get("/teach").then().statusCode(200)
                .body(containsString("Signed in as <strong>head</strong>"))
                .body(containsString("Trump invites Putin after the Helsinki summit"));

        LearnerClient admin = new LearnerClient();
        admin.post("/j_security_check", Map.of("j_username", "head", "j_password", "long enough pw"));
        admin.get("/teach/teachers").then().statusCode(200);
        admin.submit("/teach/teachers", Map.of("username", "dora", "password", "green kettle by the window", "confirmation",
                "green kettle by the window")).then().statusCode(303);
        admin.get("/teach/teachers");
        admin.submit("/teach/teachers", Map.of("username", "dora", "password", "green kettle by the window", "confirmation",
                "green kettle by the window")).then().statusCode(400).body(containsString("already an account"));
        LearnerClient dora = new LearnerClient();
        dora.post("/j_security_check", Map.of("j_username", "dora", "j_password", "green kettle by the window"));
        dora.get("/teach").then().statusCode(200);
        dora.get("/teach/teachers").then().statusCode(403).body(containsString("For the admin only"))
                .body(containsString("class=\"site-header\"")).body(containsString("href=\"/teach\">Go to your quiz sets"));
        long doraId = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("dora").orElseThrow().id);
        admin.get("/teach/teachers");
        admin.submit("/teach/teachers/" + doraId + "/access", Map.of("action", "disable")).then().statusCode(303);
        LearnerClient disabled = new LearnerClient();
        disabled.post("/j_security_check", Map.of("j_username", "dora", "j_password", "green kettle by the window"));
        disabled.get("/teach").then().statusCode(303).header("Location", endsWith("/login?disabled=1"));
        disabled.get("/login?disabled=1").then().statusCode(200).body(containsString("This account is disabled"));

        LearnerClient teacher = new LearnerClient();
        teacher.post("/j_security_check", Map.of("j_username", "head", "j_password", "long enough pw"));
        teacher.get("/teach").then().statusCode(200);
        teacher.post("/logout", Map.of()).then().statusCode(400);
        teacher.submit("/logout", Map.of()).then().statusCode(303);
        teacher.get("/teach").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    @Order(3)
    void shouldTakeAPastedArticleToAPublishedQuizThatALearnerJoinsWithTheCode() {
        QuarkusTransaction.requiringNew().run(() -> {
            Account.create("ana", "ana's long password", Account.TEACHER);
            Account.create("ben", "ben's long password", Account.TEACHER);
        });
        LearnerClient ana = signedIn("ana", "ana's long password");
        ana.get("/teach/sets/new").then().statusCode(200);
        ana.submit("/teach/sets", Map.of("title", "", "publisher", "Gazette", "text", ARTICLE)).then().statusCode(400)
                .body(containsString("Give the quiz a title"));
        ana.get("/teach/sets/new");
        Response created = ana.submit("/teach/sets", Map.of("title", "Park <script>alert(1)</script> quiz",
                "publisher", "Gazette", "url", "", "published", "2024-05-06", "text", ARTICLE));
        created.then().statusCode(303);
        String review = LearnerClient.path(created.header("Location"));

        String page = ana.get(review).then().statusCode(200)
                .body(containsString("Park &lt;script&gt;alert(1)&lt;/script&gt; quiz"))
                .body(containsString("We will build more parks"))
                .extract().asString();
        assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<b>park</b>")
                .contains("<span class=\"hl-source\">Mayor Ana Lopez</span>")
                .contains("<h3>Ana Lopez <span class=\"meta\">(person)</span></h3>");
        ana.submit(review + "/publish", Map.of("action", "publish")).then().statusCode(422)
                .body(containsString("Approve at least one question"));

        java.util.regex.Matcher question = java.util.regex.Pattern.compile("action=\"(" + review + "/questions/\\d+)\"")
                .matcher(page);
        assertThat(question.find()).isTrue();
        ana.submit(question.group(1), Map.of("decision", "approve")).then().statusCode(303);
        ana.get(review);
        ana.submit(review + "/publish", Map.of("action", "publish")).then().statusCode(303);
        String published = ana.get(review).then().statusCode(200).body(containsString("<span class=\"badge badge-published\">published</span>"))
                .extract().asString();
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("the code <strong>([A-Z0-9]+)</strong>").matcher(published);
        assertThat(code.find()).isTrue();

        LearnerClient ben = signedIn("ben", "ben's long password");
        ben.get(review).then().statusCode(403);
        ben.get("/teach").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("Park &lt;script")));

        LearnerClient learner = new LearnerClient();
        String quiz = LearnerClient.path(learner.get("/join?code=" + code.group(1).toLowerCase())
                .then().statusCode(303).extract().header("Location"));
        learner.get("/join?code=NOPE99").then().statusCode(404).body(containsString("No quiz has the code"));
        String slug = quiz.substring(quiz.lastIndexOf('/') + 1);
        String attempt = learner.start(slug, "Joiner");
        String asked = learner.nextQuestion(attempt);
        String askedPrompt = learner.get(asked).then().statusCode(200).body(containsString("Question 1 of 1"))
                .extract().asString().replaceAll("(?s).*<legend class=\"prompt\">(.*?)</legend>.*", "$1");
        learner.answer(asked, 0).then().statusCode(303);

        String edit = question.group(1) + "/edit";
        ana.get(edit).then().statusCode(200).body(containsString("Edit a question"));
        ana.submit(edit, Map.of("prompt", "Who spoke first?", "option", "Ana Lopez", "key", "0", "explanation", "x",
                "evidence", "not in the article")).then().statusCode(400)
                .body(containsString("Give 2 to 6 options"))
                .body(containsString("Copy the evidence word for word"));
        ana.get(edit);
        io.restassured.response.Response saved = io.restassured.RestAssured.given().redirects().follow(false)
                .cookies(ana.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", ana.csrfToken()).formParam("prompt", "Who promised more parks?")
                .formParam("option", "Ana Lopez", "Tom Berg", "Mia Chen").formParam("key", "0")
                .formParam("explanation", "The quote ends with \"Mayor Ana Lopez said\".")
                .formParam("evidence", "\"We will build more parks,\" Mayor Ana Lopez said on Monday.")
                .when().post(edit);
        saved.then().statusCode(303);
        ana.get(review).then().body(containsString("Who promised more parks?"));

        String exported = ana.get(review + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString(".yaml")).extract().asString();
        assertThat(exported).contains("Who promised more parks?").contains("key: Ana Lopez");
        ana.get("/teach/sets/upload").then().statusCode(200);
        io.restassured.RestAssured.given().redirects().follow(false).cookies(ana.cookies())
                .multiPart("csrf-token", ana.csrfToken())
                .multiPart("file", "park-copy.yaml", exported.replace("key: Ana Lopez", "key: Nobody").getBytes())
                .when().post("/teach/sets/upload").then().statusCode(422)
                .body(containsString("line ")).body(containsString("is not one of its options"));
        ana.get("/teach/sets/upload");
        String copy = LearnerClient.path(io.restassured.RestAssured.given().redirects().follow(false)
                .cookies(ana.cookies()).multiPart("csrf-token", ana.csrfToken())
                .multiPart("file", "park-copy.yaml", exported.getBytes())
                .when().post("/teach/sets/upload").then().statusCode(303).extract().header("Location"));
        ana.get(copy).then().statusCode(200).body(containsString("Who promised more parks?"));

        ana.get("/teach/sets/new");
        String fromFile = LearnerClient.path(io.restassured.RestAssured.given().redirects().follow(false)
                .cookies(ana.cookies()).multiPart("csrf-token", ana.csrfToken())
                .multiPart("title", "Park from a web page").multiPart("publisher", "Gazette")
                .multiPart("article", "park.html", ("<html><body><nav>Home</nav><article><p>" + ARTICLE
                        .replace("\n", "</p><p>") + "</p></article></body></html>").getBytes())
                .when().post("/teach/sets/from-file").then().statusCode(303).extract().header("Location"));
        ana.get(copy + "/questions/new").then().statusCode(200).body(containsString("Add a question"));
        ana.submit(copy + "/questions/new", Map.of("skill", "WHO_SAID", "prompt", "Who said <i>trees</i> first?",
                "option", "Mia Chen", "key", "0", "explanation", "x", "pick", "3")).then().statusCode(400)
                .body(containsString("Give 2 to 6 options"));
        ana.get(copy + "/questions/new");
        String added = LearnerClient.path(io.restassured.RestAssured.given().redirects().follow(false)
                .cookies(ana.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", ana.csrfToken()).formParam("skill", "WHO_SAID")
                .formParam("prompt", "Who said <i>trees</i> first?")
                .formParam("option", "Mia Chen", "Ana Lopez", "Tom Berg").formParam("key", "0")
                .formParam("explanation", "The quote ends with \"said councillor Mia Chen\".").formParam("pick", "3")
                .when().post(copy + "/questions/new").then().statusCode(303).extract().header("Location"));
        String withAdded = ana.get(copy).then().statusCode(200)
                .body(containsString("Who said &lt;i&gt;trees&lt;/i&gt; first?")).extract().asString();
        assertThat(withAdded).doesNotContain("<i>trees</i>");
        String addedId = added.replaceAll(".*#question-", "");
        java.util.regex.Matcher whoSaid = java.util.regex.Pattern.compile("id=\"question-(\\d+)\"").matcher(withAdded);
        assertThat(whoSaid.find()).isTrue();
        ana.submit(copy + "/questions/" + addedId + "/move", Map.of("direction", "up")).then().statusCode(303);
        String moved = ana.get(copy).then().statusCode(200).extract().asString();
        assertThat(moved.indexOf("question-" + addedId)).isLessThan(moved.indexOf("question-" + whoSaid.group(1)));

        ana.get(fromFile).then().statusCode(200).body(containsString("Park from a web page"))
                .body(containsString("We will build more parks"))
                .body(org.hamcrest.Matchers.not(containsString("<nav>")));
        // The learner who answered keeps the question as it was asked.
        learner.get(asked).then().statusCode(200).body(containsString(askedPrompt));
        learner.get(attempt + "/result").then().statusCode(200).body(containsString("of 1</strong>"));
    }

    @jakarta.inject.Inject
    SignInThrottle throttle;

    @Test
    @Order(4)
    void shouldSlowDownRepeatedFailedSignIns() {
        throttle.clear();
        for (int i = 0; i < 5; i++) {
            given().redirects().follow(false).formParams(Map.of("j_username", "ana", "j_password", "guess " + i))
                    .when().post("/j_security_check").then().statusCode(302).header("Location", containsString("error"));
        }
        given().redirects().follow(false).formParams(Map.of("j_username", "ana", "j_password", "ana's long password"))
                .when().post("/j_security_check").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body(containsString("Try again in"));
        throttle.clear();
        signedIn("ana", "ana's long password");
    }

    private static LearnerClient signedIn(String username, String password) {
        LearnerClient client = new LearnerClient();
        client.post("/j_security_check", Map.of("j_username", username, "j_password", password))
                .then().statusCode(302);
        return client;
    }
}
