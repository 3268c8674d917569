package app.saidwho.teach;

import app.saidwho.account.Account;
import app.saidwho.play.AttemptRemoval;
import app.saidwho.quiz.QuizSet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Removes attempts older than their teacher's retention period (off unless the teacher sets one): at
 * start and then every hour, on a worker thread through Vert.x's timer rather than a scheduler of our own.
 */
@ApplicationScoped
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class);
    static final Duration EVERY = Duration.ofHours(1);

    private final AttemptRemoval removal;

    Retention(AttemptRemoval removal) {
        this.removal = removal;
    }

    void schedule(@Observes StartupEvent start, Vertx vertx) {
        vertx.setPeriodic(EVERY.toMillis(), id -> vertx.executeBlocking(() -> purge(Instant.now())));
    }

    /** Removes what is past each teacher's period at this instant; returns how many attempts went. */
    public long purge(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long removed = 0;
            for (Account teacher : Account.<Account>list("retentionDays is not null")) {
                Instant cutoff = now.minus(Duration.ofDays(teacher.retentionDays));
                removed += removal.startedBefore(cutoff, QuizSet.listOwnedBy(teacher.id));
            }
            if (removed > 0) {
                LOG.infof("Retention: removed %d attempts past their teachers' retention periods", removed);
            }
            return removed;
        });
    }
}
