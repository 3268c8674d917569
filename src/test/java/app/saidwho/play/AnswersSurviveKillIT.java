package app.saidwho.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.saidwho.support.AnswerLoad;
import app.saidwho.support.HttpLearner;
import app.saidwho.support.PackagedApp;
import app.saidwho.support.QuizFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer whose 303 a learner saw is still there after the server is killed and started again. */
class AnswersSurviveKillIT {
    static final String SLUG = "park-crash";

    @Test
    void shouldKeepEveryAcknowledgedAnswerWhenTheServerIsKilledUnderLoad() throws Exception {
        assumeTrue(PackagedApp.built(), "run `./mvnw package` first: this test starts the packaged app");
        Path dir = Files.createDirectories(Path.of("target", "kill-it", String.valueOf(System.currentTimeMillis())));
        QuizFiles.write(dir.resolve("quizzes"), SLUG + ".yaml", QuizFiles.manyQuestions("Park crash quiz", 40));
        Map<String, String> settings = Map.of("saidwho.quizzes.dir", dir.resolve("quizzes").toAbsolutePath().toString());

        List<HttpLearner.Acknowledged> acknowledged;
        try (PackagedApp app = new PackagedApp(dir, settings).start()) {
            AnswerLoad load = AnswerLoad.start(app.base(), SLUG, 16);
            // Killed in the middle of the load: answers are in flight, some just acknowledged.
            load.awaitAcknowledged(300, Duration.ofSeconds(60));
            load.halt();
            app.kill();
            acknowledged = load.stop();
            assertThat(load.failures()).as("failures before the kill").isEmpty();
            assertThat(acknowledged.size()).as("answers acknowledged before the kill").isGreaterThanOrEqualTo(300);
        }
        try (PackagedApp app = new PackagedApp(dir, settings).start()) {
            HttpLearner reader = new HttpLearner(app.base());
            List<HttpLearner.Acknowledged> missing = acknowledged.stream()
                    .filter(answer -> !isStored(reader, answer)).toList();
            assertThat(missing).as("acknowledged answers missing after the restart (of %d)", acknowledged.size())
                    .isEmpty();
        }
    }

    /** An answered question shows its feedback; an unanswered one sends the learner elsewhere. */
    private static boolean isStored(HttpLearner reader, HttpLearner.Acknowledged answer) {
        try {
            var page = reader.get(answer.attemptPath() + "/questions/" + answer.questionId());
            return page.statusCode() == 200 && page.body().contains("your answer");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
