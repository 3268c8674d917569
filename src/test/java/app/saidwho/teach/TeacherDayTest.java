package app.saidwho.teach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.saidwho.account.Account;
import app.saidwho.play.Attempt;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A teacher's day over HTTP: upload, review, approve all, move, sittings, projector, copies and deletes. */
@QuarkusTest
class TeacherDayTest {
    static final Pattern QUESTION_ID = Pattern.compile("id=\"question-(\\d+)\"");

    LearnerClient teacher;

    @BeforeEach
    void signIn() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.findByUsername("daytime").isEmpty()) {
                Account.create("daytime", "daytime's password", Account.TEACHER);
            }
        });
        teacher = new LearnerClient();
        teacher.post("/j_security_check", Map.of("j_username", "daytime", "j_password", "daytime's password"))
                .then().statusCode(302);
    }

    @Test
    void shouldStartAnUploadAsAnUnlistedDraftAndApproveAllItsQuestionsAtOnce() {
        String review = upload("day-upload.yaml", QuizFiles.twoQuestions("Day upload quiz", "published"));
        assertThat(set(review).status).isEqualTo(QuizSetStatus.DRAFT);
        QuarkusTransaction.requiringNew().run(() -> Question.<Question>list("quizSet.slug", slugOf(review))
                .forEach(q -> q.status = QuestionStatus.DRAFT));
        teacher.get(review).then().statusCode(200).body(containsString("Approve all 2 drafts"))
                .body(containsString("<span class=\"badge badge-draft\">draft</span>"))
                .body(containsString("Approve<span class=\"visually-hidden\"> question 1</span>"));
        teacher.submit(review + "/approve-all", Map.of()).then().statusCode(303)
                .header("Location", containsString(review + "?done=approved-all"));
        teacher.get(review + "?done=approved-all").then().statusCode(200)
                .body(containsString("Every draft question is approved."))
                .body(not(containsString("Approve all"))).body(containsString("2 of 2 questions approved"));
        publish(review);
        given().get("/").then().body(not(containsString("Day upload quiz")));
        given().get("/quizzes/" + slugOf(review)).then().statusCode(200);
    }

    @Test
    void shouldRefuseAnUploadThatIsNotYamlOrAnArticleThatIsNotTextWith415() {
        teacher.get("/teach/sets/upload");
        given().redirects().follow(false).cookies(teacher.cookies()).multiPart("csrf-token", teacher.csrfToken())
                .multiPart("file", "notes.docx", "PK\u0003\u0004binary".getBytes()).when().post("/teach/sets/upload")
                .then().statusCode(415).body(containsString("ends in .yaml"));
        teacher.get("/teach/sets/new");
        given().redirects().follow(false).cookies(teacher.cookies()).multiPart("csrf-token", teacher.csrfToken())
                .multiPart("title", "Docx").multiPart("publisher", "Gazette")
                .multiPart("article", "story.docx", "PK\u0003\u0004binary".getBytes()).when().post("/teach/sets/from-file")
                .then().statusCode(415).body(containsString("Only .txt and .html files can be read"));
    }

    @Test
    void shouldFilterByStatusAndSkillAndMoveAQuestionAnywhere() {
        String review = upload("day-move.yaml", QuizFiles.twoQuestions("Day move quiz", "draft"));
        List<String> ids = ids(teacher.get(review).asString());
        assertThat(ids).hasSize(2);
        teacher.submit(review + "/questions/" + ids.get(1) + "/move", Map.of("direction", "to", "position", "1"))
                .then().statusCode(303).header("Location", containsString("#question-" + ids.get(1)));
        String moved = teacher.get(review).asString();
        assertThat(ids(moved)).containsExactly(ids.get(1), ids.get(0));
        assertThat(moved).doesNotContain("value=\"up\" class=\"secondary small\"><span aria-hidden=\"true\">↑ </span>Up"
                + "<span class=\"visually-hidden\">: question 1");
        teacher.submit(review + "/questions/" + ids.get(1) + "/move", Map.of("direction", "up")).then().statusCode(400)
                .body(containsString("can move to places 1 to 2"));
        teacher.get(review);
        teacher.submit(review + "/questions/" + ids.get(1) + "/move", Map.of("direction", "to", "position", "9"))
                .then().statusCode(400);

        teacher.get(review + "?skill=CUE_STANCE").then().statusCode(200)
                .body(containsString("1 of 2 questions match the filter"))
                .body(containsString("Is &quot;claimed&quot; a neutral or a loaded verb?"))
                .body(not(containsString("This park is for everyone&quot;?</h3>")));
        teacher.get(review + "?status=rejected").then().body(containsString("No questions match the filter"));
        teacher.get(review + "?check=on").then().body(containsString("0 of 2 questions match the filter"));
        teacher.get(review + "/preview").then().statusCode(200).body(containsString("Preview: this is what learners"))
                .body(containsString("Question 1 of 2"));
    }

    @Test
    void shouldCloseASittingSoNoNewAttemptStartsThenReopenItAndShowTheCodeOnTheProjector() {
        String review = upload("day-sitting.yaml", QuizFiles.twoQuestions("Day sitting quiz", "draft"));
        publish(review);
        String slug = slugOf(review);
        String code = set(review).joinCode;
        teacher.get(review + "/present").then().statusCode(200)
                .body(containsString("class=\"join-code\" aria-label=\"Join code " + code + "\">" + code + "<"))
                .body(containsString("<noscript><meta http-equiv=\"refresh\""))
                .body(containsString("<dd id=\"joined\">0</dd>"));
        new LearnerClient().start(slug, "First Learner");
        teacher.get(review + "/present/counts").then().statusCode(200).body(containsString("\"joined\":1"));

        teacher.get(review);
        teacher.submit(review + "/sitting", Map.of("action", "close")).then().statusCode(303);
        LearnerClient late = new LearnerClient();
        late.get("/quizzes/" + slug).then().statusCode(403).body(containsString("This quiz is closed"));
        teacher.get(review).then().body(containsString("closed to new attempts"));
        teacher.submit(review + "/sitting", Map.of("action", "open")).then().statusCode(303);
        late.start(slug, "Late Learner");
        teacher.get(review + "/present").then().body(containsString("<dd id=\"joined\">1</dd>"));
        teacher.get(review);
        teacher.submit(review + "/sitting", Map.of("action", "later")).then().statusCode(400);

        teacher.get(review);
        teacher.submit(review + "/settings", Map.of("listed", "on", "closes", "tomorrow")).then().statusCode(400)
                .body(containsString("Give the closing time as a date and a time"));
        teacher.get(review);
        teacher.submit(review + "/settings", Map.of("listed", "on", "oneAttemptPerName", "on", "closes", "2099-01-01T09:00"))
                .then().statusCode(303);
        QuizSet saved = set(review);
        assertThat(saved.listed).isTrue();
        assertThat(saved.oneAttemptPerName).isTrue();
        assertThat(saved.closesAt).isNotNull();
        given().get("/").then().body(containsString("Day sitting quiz"));
    }

    @Test
    void shouldDuplicateASetAsADraftAndRenameAndArchiveIt() {
        String review = upload("day-copy.yaml", QuizFiles.twoQuestions("Day copy quiz", "draft"));
        teacher.get(review);
        Response copied = teacher.submit(review + "/duplicate", Map.of());
        copied.then().statusCode(303);
        String location = LearnerClient.path(copied.header("Location"));
        String copy = location.replaceFirst("\\?.*", "");
        assertThat(copy).isNotEqualTo(review);
        teacher.get(location).then().statusCode(200).body(containsString("Day copy quiz (copy)"))
                .body(containsString("This is the copy"));
        assertThat(ids(teacher.get(copy).asString())).hasSize(2);
        assertThat(set(copy).joinCode).isNotEqualTo(set(review).joinCode);

        teacher.get(copy);
        teacher.submit(copy + "/rename", Map.of("title", " ")).then().statusCode(400).body(containsString("Give the quiz a title"));
        teacher.get(copy);
        teacher.submit(copy + "/rename", Map.of("title", "Day copy, second class")).then().statusCode(303);
        teacher.get(copy);
        teacher.submit(copy + "/archive", Map.of("action", "archive")).then().statusCode(303);
        assertThat(set(copy).archived).isTrue();
        teacher.get("/teach").then().body(containsString("Archived sets (")).body(containsString("Day copy, second class"));
    }

    @Test
    void shouldDeleteASetAfterConfirmationAndItsAttemptsOnlyWhenAsked() {
        String empty = upload("day-delete.yaml", QuizFiles.twoQuestions("Day delete quiz", "draft"));
        teacher.get(empty + "/delete").then().statusCode(200).body(containsString("Delete “Day delete quiz”?"));
        teacher.submit(empty + "/delete", Map.of()).then().statusCode(303);
        teacher.get(empty).then().statusCode(404);

        String played = upload("day-played.yaml", QuizFiles.twoQuestions("Day played quiz", "draft"));
        publish(played);
        String attempt = new LearnerClient().start(slugOf(played), "Player");
        teacher.get(played + "/delete").then().statusCode(200).body(containsString("Archive instead"))
                .body(containsString("Also delete the 1 attempts"));
        teacher.submit(played + "/delete", Map.of()).then().statusCode(409).body(containsString("This set has attempts"));
        teacher.get(played).then().statusCode(200);
        teacher.get(played + "/delete");
        teacher.submit(played + "/delete", Map.of("attempts", "delete")).then().statusCode(303);
        teacher.get(played).then().statusCode(404);
        given().get(attempt).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Attempt.count("learnerName", "Player"))).isZero();
    }

    @Test
    void shouldSayWhatLearnersWillSeeWhenAPublishedSetChanges() {
        String review = upload("day-live.yaml", QuizFiles.twoQuestions("Day live quiz", "draft"));
        publish(review);
        String page = teacher.get(review).then().body(containsString("This set is live")).extract().asString();
        String id = ids(page).get(0);
        teacher.submit(review + "/questions/" + id, Map.of("decision", "reject")).then().statusCode(303)
                .header("Location", containsString("done=live-withdrawn"));
        teacher.get(review + "?done=live-withdrawn").then().body(containsString("learners are no longer asked this question"));
        teacher.submit(review + "/questions/" + id, Map.of("decision", "approve")).then().statusCode(303)
                .header("Location", containsString("done=live-approved"));
        teacher.get(review + "/questions/" + id + "/edit").then().body(containsString("This set is live"));
    }

    private String upload(String fileName, String content) {
        teacher.get("/teach/sets/upload").then().statusCode(200);
        return LearnerClient.path(given().redirects().follow(false).cookies(teacher.cookies())
                .multiPart("csrf-token", teacher.csrfToken()).multiPart("file", fileName, content.getBytes())
                .when().post("/teach/sets/upload").then().statusCode(303).extract().header("Location"));
    }

    private void publish(String review) {
        teacher.get(review);
        teacher.submit(review + "/publish", Map.of("action", "publish")).then().statusCode(303);
    }

    private static List<String> ids(String html) {
        Matcher m = QUESTION_ID.matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String slugOf(String review) {
        return review.substring(review.lastIndexOf('/') + 1);
    }

    private static QuizSet set(String review) {
        return QuarkusTransaction.requiringNew().call(() -> QuizSet.findBySlug(slugOf(review)).orElseThrow());
    }
}
