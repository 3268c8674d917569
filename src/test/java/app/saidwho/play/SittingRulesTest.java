package app.saidwho.play;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a learner meets when the teacher sets up a sitting: visibility, closing, one attempt per name, feedback. */
@QuarkusTest
class SittingRulesTest {
    static final String SLUG = "park-sitting";

    @Inject
    QuizSetLoader loader;

    LearnerClient learner = new LearnerClient();

    @BeforeEach
    void loadQuizWithDefaultSitting() {
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.twoQuestions("Park sitting quiz", "published"));
        change(set -> {
            set.listed = true;
            set.sittingOpen = true;
            set.closesAt = null;
            set.oneAttemptPerName = false;
            set.feedbackAtEnd = false;
        });
    }

    @Test
    void shouldReachAnUnlistedSetByCodeAndLinkButNotFromTheHomePage() {
        change(set -> set.listed = false);
        learner.get("/").then().statusCode(200).body(not(containsString("Park sitting quiz")));
        learner.get("/quizzes/" + SLUG).then().statusCode(200).body(containsString("Park sitting quiz"));
        learner.get("/join?code=" + joinCode().toLowerCase()).then().statusCode(303)
                .header("Location", containsString("/quizzes/" + SLUG));
        change(set -> set.listed = true);
        learner.get("/").then().statusCode(200).body(containsString("Park sitting quiz"));
    }

    @Test
    void shouldSayOnTheHomePageWhenTheJoinCodeIsBlankOrUnknown() {
        learner.get("/join?code=").then().statusCode(400)
                .body(containsString("Type the code your teacher gave you."))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("Who said it? Take a quiz"));
        learner.get("/join?code=NOPE99").then().statusCode(404)
                .body(containsString("No quiz has the code NOPE99"))
                .body(containsString("value=\"NOPE99\""));
    }

    @Test
    void shouldRefuseANewAttemptWhileTheSittingIsClosedAndTakeOneAgainOnceReopened() {
        learner.get("/quizzes/" + SLUG);
        String token = learner.csrfToken();
        change(set -> set.sittingOpen = false);
        long before = QuarkusTransaction.requiringNew().call(() -> Attempt.count());
        learner.get("/quizzes/" + SLUG).then().statusCode(403).body(containsString("This quiz is closed"))
                .body(containsString("class=\"site-header\""));
        learner.post("/quizzes/" + SLUG + "/attempts", Map.of("name", "Late Comer", "csrf-token", token))
                .then().statusCode(403).body(containsString("closed this quiz"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Attempt.count())).isEqualTo(before);

        change(set -> set.sittingOpen = true);
        learner.start(SLUG, "Late Comer");
    }

    @Test
    void shouldRefuseANewAttemptAfterTheClosingTimeWith410ButLetAStartedOneGoOn() {
        String attempt = learner.start(SLUG, "Early Bird");
        change(set -> set.closesAt = Instant.now().minus(Duration.ofMinutes(1)));
        learner.get("/quizzes/" + SLUG).then().statusCode(410).body(containsString("The time for this quiz is over"));
        String question = learner.nextQuestion(attempt);
        learner.answer(question, 0).then().statusCode(303);
        change(set -> set.closesAt = Instant.now().plus(Duration.ofHours(1)));
        learner.get("/quizzes/" + SLUG).then().statusCode(200);
    }

    @Test
    void shouldResumeTheSameNameWhenOneAttemptPerNameIsOn() {
        String first = learner.start(SLUG, "Sam Reed");
        assertThat(new LearnerClient().start(SLUG, "Sam Reed")).isNotEqualTo(first);

        change(set -> set.oneAttemptPerName = true);
        String again = new LearnerClient().start(SLUG, "Sam Reed");
        assertThat(new LearnerClient().start(SLUG, "  sam   reed ")).isEqualTo(again);
        assertThat(new LearnerClient().start(SLUG, "Kim Reed")).isNotEqualTo(again);
    }

    @Test
    void shouldHoldBackRightAndWrongUntilTheLastAnswerWhenFeedbackIsAtTheEnd() {
        change(set -> set.feedbackAtEnd = true);
        List<Question> questions = TestQuizzes.activeQuestions(SLUG);
        String attempt = learner.start(SLUG, "Patient Pat");
        String first = learner.nextQuestion(attempt);
        learner.answer(first, questions.get(0).answerIndex).then().statusCode(303);
        learner.get(first).then().statusCode(200)
                .body(containsString("Your answer is saved"))
                .body(not(containsString("✔</span> Right")))
                .body(not(containsString("The quote ends with")));

        learner.answer(learner.nextQuestion(attempt), questions.get(1).answerIndex).then().statusCode(303);
        learner.get(first).then().statusCode(200).body(containsString("✔</span> Right"));
        learner.get(attempt + "/result").then().statusCode(200).body(containsString("The quote ends with"));
    }

    @Test
    void shouldFitTheResultMessageToTheScoreAndShowTheResumeLinkOnTheFirstQuestion() {
        List<Question> questions = TestQuizzes.activeQuestions(SLUG);
        String attempt = learner.start(SLUG, "Low Scorer");
        String first = learner.nextQuestion(attempt);
        learner.get(first).then().statusCode(200).body(containsString("Keep this link to come back"))
                .body(containsString(attempt + "\">http"));
        for (Question q : questions) {
            learner.answer(learner.nextQuestion(attempt), 1 - q.answerIndex);
        }
        learner.get(attempt + "/result").then().statusCode(200)
                .body(containsString("Thanks for finishing, Low Scorer."))
                .body(not(containsString("Well done")));

        LearnerClient strong = new LearnerClient();
        String top = strong.start(SLUG, "Top Scorer");
        strong.get(strong.nextQuestion(top));
        for (Question q : questions) {
            strong.answer(strong.nextQuestion(top), q.answerIndex);
        }
        strong.get(top + "/result").then().statusCode(200).body(containsString("Well done, Top Scorer!"));
    }

    private static void change(Consumer<QuizSet> edit) {
        QuarkusTransaction.requiringNew().run(() -> edit.accept(QuizSet.findBySlug(SLUG).orElseThrow()));
    }

    private static String joinCode() {
        return QuarkusTransaction.requiringNew().call(() -> QuizSet.findBySlug(SLUG).orElseThrow().joinCode);
    }
}
