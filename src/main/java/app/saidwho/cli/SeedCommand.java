package app.saidwho.cli;

import app.saidwho.play.AnswerTallies;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seed-attempts --set SLUG --attempts N}: fills a quiz set with made-up finished attempts, one answer
 * per question, for the report benchmark (docs/benchmarks.md). Ids start at 10^12, far from the app's own.
 */
@Dependent
@Command(name = "seed-attempts", mixinStandardHelpOptions = true,
        description = "Adds made-up finished attempts to a quiz set, for benchmarking the reports.")
public class SeedCommand implements Callable<Integer> {
    private static final long FIRST_ID = 1_000_000_000_000L;

    @Option(names = "--set", required = true, description = "slug of the quiz set")
    String slug;

    @Option(names = "--attempts", defaultValue = "10000", description = "how many attempts (default 10000)")
    int count;

    private final AgroalDataSource dataSource;
    private final AnswerTallies tallies;

    SeedCommand(AgroalDataSource dataSource, AnswerTallies tallies) {
        this.dataSource = dataSource;
        this.tallies = tallies;
    }

    @Override
    public Integer call() throws Exception {
        record Item(long id, int options, int key) {
        }
        List<Item> items = QuarkusTransaction.requiringNew().call(() -> QuizSet.findBySlug(slug)
                .map(set -> Question.listActive(set).stream().map(q -> new Item(q.id, q.options.size(), q.answerIndex)).toList())
                .orElse(List.of()));
        if (items.isEmpty()) {
            System.err.println("No quiz set with questions at /quizzes/" + slug);
            return 2;
        }
        long setId = QuarkusTransaction.requiringNew().call(() -> QuizSet.findBySlug(slug).orElseThrow().id);
        Random random = new Random(42);
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long base = FIRST_ID + nextFree(c);
            try (PreparedStatement attempt = c.prepareStatement("insert into attempt (id, quiz_set_id, token, learner_name,"
                    + " started_at, finished_at, answered_count, correct_count) values (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement response = c.prepareStatement("insert into response (id, attempt_id, question_id,"
                         + " choice, correct, answered_at) values (?, ?, ?, ?, ?, ?)")) {
                for (int a = 0; a < count; a++) {
                    long attemptId = base + (long) a * (items.size() + 1);
                    double ability = random.nextDouble();
                    Instant started = Instant.parse("2026-01-01T08:00:00Z").plusSeconds(random.nextInt(300 * 86400));
                    int right = 0;
                    for (int i = 0; i < items.size(); i++) {
                        Item item = items.get(i);
                        boolean correct = random.nextDouble() < 0.25 + 0.7 * ability;
                        int choice = correct ? item.key() : (item.key() + 1 + random.nextInt(item.options() - 1)) % item.options();
                        right += correct ? 1 : 0;
                        response.setLong(1, attemptId + 1 + i);
                        response.setLong(2, attemptId);
                        response.setLong(3, item.id());
                        response.setInt(4, choice);
                        response.setBoolean(5, correct);
                        response.setTimestamp(6, Timestamp.from(started.plusSeconds(20L * (i + 1))));
                        response.addBatch();
                    }
                    attempt.setLong(1, attemptId);
                    attempt.setLong(2, setId);
                    attempt.setString(3, "seed" + Long.toString(attemptId, 36) + "x".repeat(30));
                    attempt.setString(4, "Learner " + (a % 500));
                    attempt.setTimestamp(5, Timestamp.from(started));
                    attempt.setTimestamp(6, Timestamp.from(started.plusSeconds(20L * items.size() + 5)));
                    attempt.setInt(7, items.size());
                    attempt.setInt(8, right);
                    attempt.addBatch();
                    if (a % 200 == 199 || a == count - 1) {
                        attempt.executeBatch();
                        response.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        // Written past the app, so the report tallies are counted again from the rows, as the migration did.
        QuarkusTransaction.requiringNew().run(() -> tallies.recount(setId));
        System.out.printf("%d attempts x %d responses added to %s in %d ms%n", count, items.size(), slug,
                (System.nanoTime() - start) / 1_000_000);
        return 0;
    }

    private static long nextFree(Connection c) throws Exception {
        try (var rs = c.createStatement().executeQuery("select coalesce(max(id), 0) from attempt where id >= " + FIRST_ID)) {
            rs.next();
            long max = rs.getLong(1);
            return max == 0 ? 0 : max - FIRST_ID + 1000;
        }
    }
}
