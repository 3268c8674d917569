package app.saidwho.teach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.saidwho.account.Account;
import app.saidwho.account.SignInThrottle;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inputs that used to end in a 500: each now gets a 4xx with a message, and nothing half stored. */
@QuarkusTest
class BadInputTest {
    static final String SLUG = "park-odd-input";
    static final String ADMIN = "odd-input-admin";
    static final String PASSWORD = "odd input admin's password";

    @Inject
    QuizSetLoader loader;

    @Inject
    SignInThrottle throttle;

    LearnerClient admin;

    @BeforeEach
    void setUp() {
        throttle.clear();
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.twoQuestions("Odd input quiz", "published")
                .replace("url: https://example.org/park", "url: javascript:alert(1)"));
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.findByUsername(ADMIN).isEmpty()) {
                Account.create(ADMIN, PASSWORD, Account.ADMIN);
            }
        });
        admin = new LearnerClient();
        admin.post("/j_security_check", Map.of("j_username", ADMIN, "j_password", PASSWORD)).then().statusCode(302);
    }

    @Test
    void shouldRefuseEvidenceOverTheLimitAndAHugePickWithAMessage() {
        long before = questions();
        String form = "/teach/sets/" + SLUG + "/questions/new";
        admin.get(form).then().statusCode(200);
        Map<String, String> question = Map.of("skill", "WHO_SAID", "prompt", "Who spoke?", "option", "Ana Lopez",
                "key", "0", "explanation", "She did.");
        Map<String, String> tooLong = new java.util.HashMap<>(question);
        tooLong.put("evidence", "x".repeat(4001));
        admin.submit(form, tooLong).then().statusCode(400).body(containsString("under 4000 characters"));
        Map<String, String> hugePick = new java.util.HashMap<>(question);
        hugePick.put("pick", "99999999999");
        admin.submit(form, hugePick).then().statusCode(400).body(containsString("evidence"));
        assertThat(questions()).isEqualTo(before);
    }

    @Test
    void shouldShowAnEmptyPageForAHugePageNumber() {
        admin.get("/teach/learners/sets/" + SLUG + "?page=2147483647").then().statusCode(200);
    }

    @Test
    void shouldMakeASetFromAnArticleWithAQuotedParagraphLongerThanTheEvidenceColumn() {
        admin.get("/teach/sets/new").then().statusCode(200);
        String longQuote = "\"" + "We will build the park and it will be for everyone in the city, ".repeat(80) + "\"";
        String text = "The mayor spoke on Monday.\n\n" + longQuote + " Mayor Ana Lopez said.\n\n"
                + "\"It is too expensive,\" Governor Tom Berg said.";
        assertThat(longQuote.length()).isGreaterThan(4000);
        admin.submit("/teach/sets", Map.of("title", "Long quote", "publisher", "Test Gazette", "text", text))
                .then().statusCode(303);
    }

    @Test
    void shouldRefuseBadlyEncodedOrOversizedFormsWith4xx() {
        admin.get("/quizzes/" + SLUG).then().statusCode(200);
        String cookies = "csrf-token=" + admin.cookies().get("csrf-token");
        String token = admin.csrfToken();
        assertThat(raw("/quizzes/" + SLUG + "/attempts", "application/x-www-form-urlencoded",
                "name=%zz%&csrf-token=" + token, cookies)).isBetween(400, 499);
        StringBuilder many = new StringBuilder("name=Ada&csrf-token=" + token);
        for (int i = 0; i < 1500; i++) {
            many.append("&f").append(i).append("=1");
        }
        assertThat(raw("/quizzes/" + SLUG + "/attempts", "application/x-www-form-urlencoded", many.toString(), cookies))
                .isBetween(400, 499);
    }

    @Test
    void shouldTakeALongFileNameAndRefuseOddKeysWithoutParserInternals() {
        admin.get("/teach/sets/upload").then().statusCode(200);
        Response longName = upload("x".repeat(495) + ".yaml", QuizFiles.twoQuestions("Long name", "draft"));
        assertThat(longName.statusCode()).as("a browser may send a long name; the set is made, not a 500").isEqualTo(303);
        upload("odd-keys.yaml", "title: x\n[a, b]: y\n").then().statusCode(422)
                .body(containsString("plain word")).body(not(containsString("Node")));
    }

    @Test
    void shouldNeverLinkToAnAddressThatIsNotHttp() {
        given().when().get("/quizzes/" + SLUG).then().statusCode(200).body(not(containsString("javascript:")));
        given().when().get("/quizzes/" + SLUG + "/article").then().statusCode(200).body(not(containsString("javascript:")));
    }

    @Test
    void shouldRefuseInvalidUtf8SentToTheApi() {
        byte[] notUtf8 = {'"', 'H', 'i', (byte) 0xC3, (byte) 0x28, '"', ' ', 's', 'a', 'i', 'd', '.'};
        given().contentType("text/plain; charset=UTF-8").body(notUtf8).when().post("/api/v1/attributions")
                .then().statusCode(400).body("error", containsString("not valid UTF-8"));
        given().contentType("text/plain; charset=UTF-8").body("Zoë said \"ça va\".".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/attributions").then().statusCode(200);
    }

    @Test
    void shouldRefuseAMultipartBodyWithTheWrongBoundaryCutShortOrOfTooManyPartsWith4xx() {
        admin.get("/teach/sets/upload").then().statusCode(200);
        String cookies = admin.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        long sets = QuarkusTransaction.requiringNew().call(() -> QuizSet.count());
        String part = "Content-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + admin.csrfToken() + "\r\n"
                + "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + QuizFiles.twoQuestions("Broken body", "draft");
        assertThat(raw("/teach/sets/upload", "multipart/form-data; boundary=A", "--B\r\n" + part + "\r\n--B--\r\n", cookies))
                .as("the boundary in the header is not the one in the body").isBetween(400, 499);
        assertThat(raw("/teach/sets/upload", "multipart/form-data; boundary=B", "--B\r\n" + part.substring(0, part.length() / 2),
                cookies)).as("a body cut short").isBetween(400, 499);
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            parts.append("--B\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\n1\r\n");
        }
        assertThat(raw("/teach/sets/upload", "multipart/form-data; boundary=B", parts + "--B--\r\n", cookies))
                .as("more than 1,000 parts").isBetween(400, 499);
        long after = QuarkusTransaction.requiringNew().call(() -> QuizSet.count());
        assertThat(after).isEqualTo(sets);
    }

    @Test
    void shouldRefuseALearnerNameOfInvisibleCharacters() {
        admin.get("/quizzes/" + SLUG).then().statusCode(200);
        admin.submit("/quizzes/" + SLUG + "/attempts", Map.of("name", "\u200B\u3164\u200B")).then().statusCode(400)
                .body(containsString("no visible letters"));
        admin.submit("/quizzes/" + SLUG + "/attempts", Map.of("name", "Ada\u202Eecalevol")).then().statusCode(400);
    }

    private Response upload(String fileName, String content) {
        return given().redirects().follow(false).cookies(admin.cookies())
                .multiPart("file", fileName, content.getBytes(StandardCharsets.UTF_8), "application/yaml")
                .multiPart("csrf-token", admin.csrfToken()).when().post("/teach/sets/upload");
    }

    /** A request exactly as given, bytes and headers untouched (REST Assured would repair a broken multipart). */
    private static int raw(String path, String contentType, String body, String cookies) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
                    .header("Content-Type", contentType).header("Cookie", cookies)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.ISO_8859_1)))
                    .build();
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long questions() {
        return QuarkusTransaction.requiringNew().call(() -> Question.count("quizSet", QuizSet.findBySlug(SLUG).orElseThrow()));
    }
}
