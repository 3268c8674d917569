package app.saidwho.play;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.quiz.Question;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many answers to one attempt at the same moment, as a learner with a flaky connection or a script sends them. */
@QuarkusTest
class ConcurrentAnswersTest {
    static final String SLUG = "park-rush";
    static final int QUESTIONS = 12;

    @Inject
    QuizSetLoader loader;

    @TestHTTPResource("/")
    URL base;

    final HttpClient http = HttpClient.newHttpClient();
    final ExecutorService pool = Executors.newFixedThreadPool(QUESTIONS);
    final LearnerClient learner = new LearnerClient();

    @BeforeEach
    void loadQuiz() {
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.manyQuestions("Park rush quiz", QUESTIONS));
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void shouldKeepTheCountsEqualToTheStoredAnswersWhenEveryQuestionIsAnsweredAtOnce() throws Exception {
        List<Question> questions = TestQuizzes.activeQuestions(SLUG);
        String attempt = learner.start(SLUG, "Rusher");
        learner.get(learner.nextQuestion(attempt));
        for (int round = 0; round < QUESTIONS && !stored(attempt).finished; round++) {
            int choice = round % 2;
            List<Integer> statuses = postAll(questions.stream()
                    .map(q -> answer(attempt + "/questions/" + q.id, choice)).toList());
            assertThat(statuses).containsOnly(303);
        }
        Stored stored = stored(attempt);
        assertThat(stored.responses).isEqualTo(QUESTIONS);
        assertThat(stored.answeredCount).isEqualTo(stored.responses);
        assertThat(stored.correctCount).isEqualTo(stored.correctResponses);
        assertThat(stored.finished).isTrue();
    }

    @Test
    void shouldStoreOneAnswerWhenTheSameQuestionIsSentManyTimesAtOnce() throws Exception {
        String attempt = learner.start(SLUG, "Double Clicker");
        String question = learner.nextQuestion(attempt);
        learner.get(question);
        List<Callable<Integer>> posts = java.util.stream.IntStream.range(0, QUESTIONS)
                .mapToObj(i -> answer(question, i % 3)).toList();
        assertThat(postAll(posts)).containsOnly(303);
        Stored stored = stored(attempt);
        assertThat(stored.responses).isEqualTo(1);
        assertThat(stored.answeredCount).isEqualTo(1);
        assertThat(stored.correctCount).isEqualTo(stored.correctResponses);
    }

    @Test
    void shouldTakeOnlyTheNextUnansweredQuestion() throws Exception {
        List<Question> questions = TestQuizzes.activeQuestions(SLUG);
        String attempt = learner.start(SLUG, "Skipper");
        learner.get(learner.nextQuestion(attempt));
        assertThat(answer(attempt + "/questions/" + questions.get(3).id, 0).call()).isEqualTo(303);
        assertThat(stored(attempt).responses).isZero();
        assertThat(learner.nextQuestion(attempt)).endsWith("/questions/" + questions.get(0).id);
    }

    private List<Integer> postAll(List<Callable<Integer>> posts) throws Exception {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (Future<Integer> done : pool.invokeAll(posts)) {
            statuses.add(done.get());
        }
        return statuses;
    }

    private Callable<Integer> answer(String path, int choice) {
        String cookies = learner.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString("choice=" + choice + "&csrf-token=" + learner.csrfToken()))
                .build();
        return () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    record Stored(long responses, long correctResponses, int answeredCount, int correctCount, boolean finished) {
    }

    private static Stored stored(String attemptPath) {
        String token = attemptPath.substring(attemptPath.lastIndexOf('/') + 1);
        return QuarkusTransaction.requiringNew().call(() -> {
            Attempt attempt = Attempt.findByToken(token).orElseThrow();
            return new Stored(Response.count("attempt", attempt), Response.count("attempt = ?1 and correct = true", attempt),
                    attempt.answeredCount, attempt.correctCount, attempt.isFinished());
        });
    }
}
