package app.saidwho.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Question;
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
class ItemTypesFlowTest {
    static final String SLUG = "park-every-type";

    @Inject
    QuizSetLoader loader;

    LearnerClient learner = new LearnerClient();
    List<Question> questions;

    @BeforeEach
    void loadQuiz() {
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.everyType("Every kind of question"));
        questions = TestQuizzes.activeQuestions(SLUG);
    }

    @Test
    void shouldAskEachTypeWithItsOwnControlsAndNoScript() {
        String attempt = learner.start(SLUG, "Ina");
        answerChoice(attempt, 0);
        String match = learner.nextQuestion(attempt);
        learner.get(match).then().statusCode(200)
                .body(containsString("<select id=\"pair-0\" name=\"pair\" required>"))
                .body(containsString("<label for=\"pair-1\">“the plan was too expensive”</label>"))
                .body(not(containsString("type=\"radio\"")))
                .body(not(containsString("<script")));
        learner.submitRepeated(match, "pair", List.of("0", "1")).then().statusCode(303);
        answerChoice(attempt, 0);
        learner.get(learner.nextQuestion(attempt)).then().statusCode(200)
                .body(containsString("<textarea id=\"text\" name=\"text\" rows=\"6\" maxlength=\"1000\" required"));
    }

    @Test
    void shouldGiveAPointPerRightPairAndLeaveTheWrittenAnswerPendingInTheResult() {
        String attempt = learner.start(SLUG, "Omar");
        answerChoice(attempt, 0);
        String match = learner.nextQuestion(attempt);
        learner.submitRepeated(match, "pair", List.of("0", "2")).then().statusCode(303);
        learner.get(match).then().statusCode(200)
                .body(containsString("Partly right: 1 of 2 points"))
                .body(containsString("“the plan was too expensive”</th>"));
        answerChoice(attempt, 1);
        String written = learner.nextQuestion(attempt);
        learner.submit(written, Map.of("text", "  Who the critics are, and what the park costs.  ")).then().statusCode(303);
        learner.get(written).then().statusCode(200).body(containsString("Waiting for your teacher's score"));

        learner.get(attempt + "/result").then().statusCode(200)
                .body(containsString("<strong>2 of 4</strong> points (50%)"))
                .body(containsString("One written answer waits for your"));
        List<Response> stored = storedResponses("Omar");
        assertThat(stored).extracting(r -> r.points).containsExactly(1, 1, 0, 0);
        assertThat(stored).extracting(r -> r.maxPoints).containsExactly(1, 2, 1, 0);
        assertThat(stored.get(1).pairChoices).containsExactly(0, 2);
        assertThat(stored.get(3).textAnswer).isEqualTo("Who the critics are, and what the park costs.");
        assertThat(stored.get(3).pending()).isTrue();
    }

    @Test
    void shouldAskAgainWhenARowIsBlankOrTheAnswerEmptyOrTooLong() {
        String attempt = learner.start(SLUG, "Pia");
        answerChoice(attempt, 0);
        String match = learner.nextQuestion(attempt);
        learner.get(match);
        learner.submitRepeated(match, "pair", List.of("0", "")).then().statusCode(400)
                .body(containsString("Please choose a speaker for every quotation."));
        learner.submitRepeated(match, "pair", List.of("0", "7")).then().statusCode(400)
                .body(containsString("not one of the options"));
        assertThat(storedResponses("Pia")).hasSize(1);
        learner.submitRepeated(match, "pair", List.of("0", "1")).then().statusCode(303);
        answerChoice(attempt, 0);
        String written = learner.nextQuestion(attempt);
        learner.get(written);
        learner.submit(written, Map.of("text", "   ")).then().statusCode(400)
                .body(containsString("Please write your answer before sending it."));
        String tooLong = "Check the cost. ".repeat(70);
        learner.submit(written, Map.of("text", tooLong)).then().statusCode(400)
                .body(containsString("the limit is 1,000")).body(containsString(tooLong.strip()));
        assertThat(storedResponses("Pia")).hasSize(3);
    }

    private void answerChoice(String attempt, int offset) {
        String page = learner.nextQuestion(attempt);
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        Question q = questions.stream().filter(x -> x.id == id).findFirst().orElseThrow();
        assertThat(q.type).isIn(ItemType.CHOICE, ItemType.EVIDENCE);
        learner.answer(page, (q.answerIndex + offset) % q.options.size()).then().statusCode(303);
    }

    private static List<Response> storedResponses(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Response> list = Response.list("attempt.learnerName = ?1 and attempt.quizSet.slug = ?2 order by id",
                    name, SLUG);
            list.forEach(r -> r.pairChoices.size());
            return list;
        });
    }
}
