package app.saidwho.play;

import app.saidwho.quiz.QuizSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes learners' attempts with their answers: one attempt, all under a name, all of a set, or those
 * past a retention period. Answers go first, so no response is ever left pointing at nothing. The finished
 * attempts leave the report tallies in the same transaction; they are locked and read first, so an answer
 * finishing one of them meanwhile is either counted out here or waits and finds it gone.
 */
@ApplicationScoped
public class AttemptRemoval {
    private final AnswerTallies tallies;

    AttemptRemoval(AnswerTallies tallies) {
        this.tallies = tallies;
    }

    @Transactional
    public long ofSet(QuizSet set) {
        Response.delete("attempt.id in (select a.id from Attempt a where a.quizSet = ?1)", set);
        long removed = Attempt.delete("quizSet", set);
        tallies.clear(set.id);
        return removed;
    }

    @Transactional
    public void one(Attempt attempt) {
        Attempt.getEntityManager().refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        TallyChange change = TallyChange.withdrawing(attempt);
        Response.delete("attempt", attempt);
        attempt.delete();
        tallies.apply(change);
    }

    /** Every attempt under this display name (any case) in the given sets; returns how many went. */
    @Transactional
    public long byName(String learnerName, List<QuizSet> sets) {
        if (sets.isEmpty()) {
            return 0;
        }
        String where = "lower(learnerName) = lower(?1) and quizSet in ?2";
        Map<Long, TallyChange> changes = withdrawn(where, learnerName, sets);
        Response.delete("attempt.id in (select a.id from Attempt a where " + where.replace("learnerName", "a.learnerName")
                .replace("quizSet", "a.quizSet") + ")", learnerName, sets);
        long removed = Attempt.delete(where, learnerName, sets);
        changes.values().forEach(tallies::apply);
        return removed;
    }

    /** Attempts of these sets started before the cut-off (a retention period). */
    @Transactional
    public long startedBefore(Instant cutoff, List<QuizSet> sets) {
        if (sets.isEmpty()) {
            return 0;
        }
        Map<Long, TallyChange> changes = withdrawn("startedAt < ?1 and quizSet in ?2", cutoff, sets);
        Response.delete("attempt.id in (select a.id from Attempt a where a.startedAt < ?1 and a.quizSet in ?2)",
                cutoff, sets);
        long removed = Attempt.delete("startedAt < ?1 and quizSet in ?2", cutoff, sets);
        changes.values().forEach(tallies::apply);
        return removed;
    }

    /** Per set, the tally change of taking out the attempts that match, each locked and read first. */
    private static Map<Long, TallyChange> withdrawn(String where, Object... parameters) {
        Map<Long, TallyChange> changes = new LinkedHashMap<>();
        // Unfinished ones too: one an answer finishes meanwhile is read once that answer is in.
        List<Attempt> going = Attempt.<Attempt>find(where, parameters).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Attempt attempt : going) {
            TallyChange change = changes.get(attempt.quizSet.id);
            if (change == null) {
                changes.put(attempt.quizSet.id, TallyChange.withdrawing(attempt));
            } else {
                change.withdraw(attempt);
            }
        }
        return changes;
    }
}
