package app.saidwho.support;

import java.net.URI;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Learners answering as fast as the server lets them, each starting a new attempt when one is finished.
 * Keeps every acknowledged answer. Also a benchmark: {@code java -cp target/test-classes
 * app.saidwho.support.AnswerLoad http://127.0.0.1:8432 SLUG LEARNERS SECONDS} prints answers per second.
 */
public final class AnswerLoad implements AutoCloseable {
    private final Queue<HttpLearner.Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Exception> failures = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService pool;

    private AnswerLoad(URI base, String slug, int learners) {
        pool = Executors.newFixedThreadPool(learners);
        for (int i = 0; i < learners; i++) {
            String name = "Load learner " + i;
            pool.execute(() -> learn(new HttpLearner(base), slug, name));
        }
    }

    public static AnswerLoad start(URI base, String slug, int learners) {
        return new AnswerLoad(base, slug, learners);
    }

    private void learn(HttpLearner learner, String slug, String name) {
        try {
            while (running.get()) {
                learner.start(slug, name);
                for (int choice = 0; running.get(); choice = (choice + 1) % 3) {
                    var answer = learner.answerNext(choice);
                    if (answer.isEmpty()) {
                        break;
                    }
                    acknowledged.add(answer.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (running.get()) {
                failures.add(e);
            }
        }
    }

    /** Waits until at least {@code count} answers were acknowledged, or the time is up. */
    public int awaitAcknowledged(int count, java.time.Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (acknowledged.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return acknowledged.size();
    }

    /** Tells the learners to stop after the request they are making; failures from now on are expected. */
    public void halt() {
        running.set(false);
    }

    /** Stops the learners (a killed server ends them anyway) and returns every acknowledged answer. */
    public List<HttpLearner.Acknowledged> stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        return List.copyOf(acknowledged);
    }

    /** Failures while the server was meant to be up (none are expected). */
    public List<Exception> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    public static void main(String... args) throws Exception {
        URI base = URI.create(args[0]);
        int learners = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        AnswerLoad load = start(base, args[1], learners);
        Thread.sleep(seconds * 1000L);
        int answers = load.stop().size();
        System.out.printf("%d learners, %d s: %d answers, %.1f answers/s, %d failures%n",
                learners, seconds, answers, answers / (double) seconds, load.failures().size());
    }
}
