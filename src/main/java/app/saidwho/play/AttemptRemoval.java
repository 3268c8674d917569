package app.saidwho.play;

import app.saidwho.quiz.QuizSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Removes learners' attempts with their answers: one attempt, all under a name, all of a set, or those
 * past a retention period. Answers go first, so no response is ever left pointing at nothing.
 */
@ApplicationScoped
public class AttemptRemoval {

    @Transactional
    public long ofSet(QuizSet set) {
        Response.delete("attempt.id in (select a.id from Attempt a where a.quizSet = ?1)", set);
        return Attempt.delete("quizSet", set);
    }

    @Transactional
    public void one(Attempt attempt) {
        Response.delete("attempt", attempt);
        attempt.delete();
    }

    /** Every attempt under this display name (any case) in the given sets; returns how many went. */
    @Transactional
    public long byName(String learnerName, List<QuizSet> sets) {
        if (sets.isEmpty()) {
            return 0;
        }
        String where = "lower(learnerName) = lower(?1) and quizSet in ?2";
        Response.delete("attempt.id in (select a.id from Attempt a where " + where.replace("learnerName", "a.learnerName")
                .replace("quizSet", "a.quizSet") + ")", learnerName, sets);
        return Attempt.delete(where, learnerName, sets);
    }

    /** Attempts of these sets started before the cut-off (a retention period). */
    @Transactional
    public long startedBefore(Instant cutoff, List<QuizSet> sets) {
        if (sets.isEmpty()) {
            return 0;
        }
        Response.delete("attempt.id in (select a.id from Attempt a where a.startedAt < ?1 and a.quizSet in ?2)",
                cutoff, sets);
        return Attempt.delete("startedAt < ?1 and quizSet in ?2", cutoff, sets);
    }
}
