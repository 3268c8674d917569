package app.saidwho.play;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearnerFlowTest {
    static final String SLUG = "park-flow";

    @Inject
    QuizSetLoader loader;

    LearnerClient learner = new LearnerClient();

    @BeforeEach
    void loadQuiz() {
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.twoQuestions("Park flow quiz", "published"));
        TestQuizzes.load(loader, "park-draft.yaml", QuizFiles.twoQuestions("Unpublished park quiz", "draft"));
    }

    @Test
    void shouldListPublishedQuizzesButNotDrafts() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("Park flow quiz"))
                .body(not(containsString("Unpublished park quiz")));
        given().when().get("/quizzes/park-draft").then().statusCode(404);
    }

    @Test
    void shouldShowTheListAsItNowIsOnTheHomePageAlreadyShown() {
        TestQuizzes.load(loader, "park-home.yaml", QuizFiles.twoQuestions("Home page quiz", "published"));
        given().when().get("/").then().statusCode(200).body(containsString("Home page quiz"))
                .body(containsString("2 questions"));

        // The page is kept rendered per list: a renamed set and a retired question must show at once.
        QuarkusTransaction.requiringNew().run(() -> {
            QuizSet.update("title = 'Renamed home quiz' where slug = 'park-home'");
            Question.update("retired = true where quizSet.id = (select s.id from QuizSet s where s.slug = 'park-home')"
                    + " and questionKey = 'cue'");
        });
        given().when().get("/").then().statusCode(200).body(containsString("Renamed home quiz"))
                .body(not(containsString("Home page quiz"))).body(containsString("1 questions"));

        QuarkusTransaction.requiringNew().run(() -> QuizSet.update("listed = false where slug = 'park-home'"));
        given().when().get("/").then().statusCode(200).body(not(containsString("Renamed home quiz")));
    }

    @Test
    void shouldShowTheQuizPageWithTitlePublisherAndStartForm() {
        given().when().get("/quizzes/" + SLUG).then().statusCode(200)
                .body(containsString("<h1>Park flow quiz</h1>"))
                .body(containsString("Test Gazette"))
                .body(containsString("<label for=\"name\">Your name</label>"))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    void shouldAnswerAnUnknownQuizWithA404Page() {
        given().when().get("/quizzes/no-such-quiz").then().statusCode(404)
                .body(containsString("There is no published quiz at this address"));
        given().when().get("/no/such/page").then().statusCode(404).body(containsString("Not found"));
    }

    @Test
    void shouldShowTheWholeArticleWithBoilerplateMarked() {
        given().when().get("/quizzes/" + SLUG + "/article").then().statusCode(200)
                .body(containsString("Critics claimed the plan was too expensive."))
                .body(containsString("Page boilerplate, not part of the story: </span>More From This Section"));
    }

    @Test
    void shouldAskForTheNameAgainWhenItIsBlankOrTooLong() {
        learner.get("/quizzes/" + SLUG);
        learner.submit("/quizzes/" + SLUG + "/attempts", Map.of("name", "   ")).then().statusCode(400)
                .body(containsString("Please type a name"))
                .body(containsString("aria-invalid=\"true\""));
        learner.submit("/quizzes/" + SLUG + "/attempts", Map.of("name", "x".repeat(61))).then().statusCode(400)
                .body(containsString("at most 60 characters"));
    }

    @Test
    void shouldRejectAFormWithoutCsrfTokenAndStoreNothing() {
        long before = attemptCount();
        learner.get("/quizzes/" + SLUG);
        learner.post("/quizzes/" + SLUG + "/attempts", Map.of("name", "Mallory")).then().statusCode(400)
                .body(containsString("This form could not be accepted"));
        assertThat(attemptCount()).isEqualTo(before);
    }

    @Test
    void shouldTakeTheQuizFromStartToResultWithFeedbackAfterEachAnswer() {
        List<Question> questions = TestQuizzes.activeQuestions(SLUG);
        String attempt = learner.start(SLUG, "  Ada   Lovelace ");

        String first = learner.nextQuestion(attempt);
        learner.get(first).then().statusCode(200)
                .body(containsString("Question 1 of 2"))
                .body(containsString("<legend class=\"prompt\">Who said &quot;This park is for everyone&quot;?</legend>"))
                .body(containsString("type=\"radio\""));
        learner.answer(first, questions.get(0).answerIndex).then().statusCode(303);
        learner.get(first).then().statusCode(200)
                .body(containsString("✔</span> Right"))
                .body(containsString("The quote ends with"))
                .body(containsString("<mark>&quot;This park is for everyone,&quot; Mayor Ana Lopez told reporters.</mark>"));

        String second = learner.nextQuestion(attempt);
        assertThat(second).isNotEqualTo(first);
        learner.answer(second, 1 - questions.get(1).answerIndex).then().statusCode(303);
        learner.get(second).then().statusCode(200)
                .body(containsString("✘</span> Not right"))
                .body(containsString("The right answer is <strong>Loaded</strong>"))
                .body(containsString("See your results"));

        String result = LearnerClient.path(learner.get(attempt).then().statusCode(303).extract().header("Location"));
        learner.get(result).then().statusCode(200)
                .body(containsString("Good work, Ada Lovelace."))
                .body(containsString("You got <strong>1 of 2</strong> points (50%)"))
                .body(containsString("Who said it"))
                .body(containsString("Neutral or loaded verb"));
    }

    @Test
    void shouldKeepTheFirstAnswerWhenTheSameQuestionIsAnsweredTwice() {
        Question first = TestQuizzes.activeQuestions(SLUG).get(0);
        String attempt = learner.start(SLUG, "Double Clicker");
        String question = learner.nextQuestion(attempt);

        learner.answer(question, first.answerIndex).then().statusCode(303);
        learner.submit(question, Map.of("choice", String.valueOf(first.answerIndex == 0 ? 1 : 0)))
                .then().statusCode(303);

        learner.get(question).then().body(containsString("✔</span> Right"));
        assertThat(responsesOf(attempt)).isEqualTo(1);
    }

    @Test
    void shouldResumeAtTheFirstUnansweredQuestion() {
        String attempt = learner.start(SLUG, "Returner");
        String first = learner.nextQuestion(attempt);
        learner.answer(first, 0);

        LearnerClient later = new LearnerClient();
        String resumed = LearnerClient.path(later.get(attempt).then().statusCode(303).extract().header("Location"));
        assertThat(resumed).isNotEqualTo(first);
        later.get(resumed).then().statusCode(200).body(containsString("Question 2 of 2"));
        // Jumping back to an unanswered question is not possible; an answered one shows its feedback.
        later.get(first).then().statusCode(200).body(containsString("your answer"));
    }

    @Test
    void shouldRejectAnOptionOutOfRangeWithA400Page() {
        String attempt = learner.start(SLUG, "Tinkerer");
        String question = learner.nextQuestion(attempt);
        learner.get(question);

        learner.submit(question, Map.of("choice", "7")).then().statusCode(400)
                .body(containsString("not one of the options"));
        learner.submit(question, Map.of("choice", "-1")).then().statusCode(400);
        learner.submit(question, Map.of("choice", "two")).then().statusCode(400);
        learner.submit(question, Map.of()).then().statusCode(400)
                .body(containsString("Please choose one of the answers."));
        assertThat(responsesOf(attempt)).isZero();
    }

    @Test
    void shouldAnswerUnknownOrMalformedTokensWith404() {
        learner.get("/attempts/abc").then().statusCode(404).body(containsString("does not exist"));
        learner.get("/attempts/" + "A".repeat(43)).then().statusCode(404);
        learner.get("/attempts/" + "A".repeat(43) + "/result").then().statusCode(404);
        String attempt = learner.start(SLUG, "Prober");
        learner.get(attempt + "/questions/999999").then().statusCode(404);
        learner.get(attempt + "/questions/not-a-number").then().statusCode(404);
    }

    @Test
    void shouldEscapeMarkupInTheLearnerName() {
        String attempt = learner.start(SLUG, "<script>alert(1)</script>");
        for (Question q : TestQuizzes.activeQuestions(SLUG)) {
            learner.answer(learner.nextQuestion(attempt), q.answerIndex);
        }
        learner.get(attempt + "/result").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void shouldKeepAFinishedAttemptReadOnly() {
        List<Question> questions = TestQuizzes.activeQuestions(SLUG);
        String attempt = learner.start(SLUG, "Finisher");
        for (Question q : questions) {
            learner.answer(learner.nextQuestion(attempt), q.answerIndex);
        }
        String last = attempt + "/questions/" + questions.get(1).id;
        learner.submit(last, Map.of("choice", "0")).then().statusCode(303);
        learner.get(attempt + "/result").then().statusCode(200).body(containsString("2 of 2"));
        assertThat(responsesOf(attempt)).isEqualTo(2);
    }

    private static long attemptCount() {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.count());
    }

    private static long responsesOf(String attemptPath) {
        String token = attemptPath.substring(attemptPath.lastIndexOf('/') + 1);
        return QuarkusTransaction.requiringNew().call(() -> Response.count("attempt.token", token));
    }
}
