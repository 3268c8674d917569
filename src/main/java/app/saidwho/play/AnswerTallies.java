package app.saidwho.play;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The report tallies (tables {@code answer_tally} and {@code score_tally}, migration V40): per set, the answers
 * and right ones of its finished attempts per question, option and attempt score, and the finished attempts
 * and their seconds per score. Changed in the transaction that finishes, rescores or removes an attempt, so
 * the report of the finished attempts reads a few hundred rows instead of every attempt (decision 63).
 * Writers lock the set's row first: changes to one set's tallies are taken one at a time, so "update, else
 * insert" never races; an attempt's row is always locked before its set's, in every writer.
 */
@ApplicationScoped
public class AnswerTallies {
    /** {@link Percent}'s rule over the attempt's counts, as in migration V40. */
    private static final String SCORE = "(a.correct_count * 200 + a.answered_count) / (2 * a.answered_count)";
    private static final String SCORE_OR_NONE = "case when a.answered_count = 0 then " + TallyChange.NO_ANSWERS
            + " else " + SCORE + " end";
    /** {@link TallyChange#seconds}: whole seconds, rounded down, on H2 and PostgreSQL alike. */
    private static final String SECONDS = "cast(floor(extract(epoch from a.finished_at) - extract(epoch from a.started_at)) as bigint)";

    private final EntityManager em;

    AnswerTallies(EntityManager em) {
        this.em = em;
    }

    /** One row of {@code answer_tally}. */
    public record Answers(long questionId, int choice, int score, long answers, long correct) {
    }

    /** One row of {@code score_tally}. */
    public record Scores(int score, long attempts, long seconds) {
    }

    /** Applies a change in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TallyChange change) {
        if (change.isEmpty()) {
            return;
        }
        em.createNativeQuery("select id from quiz_set where id = ?1 for update").setParameter(1, change.setId).getResultList();
        change.answers.forEach((key, counts) -> {
            if (!TallyChange.zero(counts)) {
                addAnswers(change.setId, key, counts);
            }
        });
        change.scores.forEach((score, counts) -> {
            if (!TallyChange.zero(counts)) {
                addScores(change.setId, score, counts);
            }
        });
    }

    private void addAnswers(long setId, TallyChange.AnswerKey key, long[] counts) {
        int updated = em.createNativeQuery("update answer_tally set answers = answers + ?1, correct = correct + ?2"
                        + " where quiz_set_id = ?3 and question_id = ?4 and choice = ?5 and score = ?6")
                .setParameter(1, counts[0]).setParameter(2, counts[1]).setParameter(3, setId)
                .setParameter(4, key.questionId()).setParameter(5, key.choice()).setParameter(6, key.score()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into answer_tally (quiz_set_id, question_id, choice, score, answers, correct)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, setId).setParameter(2, key.questionId()).setParameter(3, key.choice())
                    .setParameter(4, key.score()).setParameter(5, counts[0]).setParameter(6, counts[1]).executeUpdate();
        }
    }

    private void addScores(long setId, int score, long[] counts) {
        int updated = em.createNativeQuery("update score_tally set attempts = attempts + ?1, seconds = seconds + ?2"
                        + " where quiz_set_id = ?3 and score = ?4")
                .setParameter(1, counts[0]).setParameter(2, counts[1]).setParameter(3, setId).setParameter(4, score)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into score_tally (quiz_set_id, score, attempts, seconds) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, setId).setParameter(2, score).setParameter(3, counts[0]).setParameter(4, counts[1])
                    .executeUpdate();
        }
    }

    /** The set's answer rows that count something. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Answers> answers(long setId) {
        List<Object[]> rows = em.createNativeQuery("select question_id, choice, score, answers, correct from answer_tally"
                + " where quiz_set_id = ?1 and answers > 0", Object[].class).setParameter(1, setId).getResultList();
        return rows.stream().map(r -> new Answers(number(r[0]), (int) number(r[1]), (int) number(r[2]), number(r[3]),
                number(r[4]))).toList();
    }

    /** The set's score rows that count an attempt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Scores> scores(long setId) {
        List<Object[]> rows = em.createNativeQuery("select score, attempts, seconds from score_tally"
                + " where quiz_set_id = ?1 and attempts > 0", Object[].class).setParameter(1, setId).getResultList();
        return rows.stream().map(r -> new Scores((int) number(r[0]), number(r[1]), number(r[2]))).toList();
    }

    /** Removes the set's tallies (its attempts are going, or the set is). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear(long setId) {
        em.createNativeQuery("delete from answer_tally where quiz_set_id = ?1").setParameter(1, setId).executeUpdate();
        em.createNativeQuery("delete from score_tally where quiz_set_id = ?1").setParameter(1, setId).executeUpdate();
    }

    /**
     * Counts the set's tallies again from its stored responses and attempts, as migration V40 first filled them
     * (the same statements): after attempts were written straight into the database (seed-attempts).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(long setId) {
        em.createNativeQuery("select id from quiz_set where id = ?1 for update").setParameter(1, setId).getResultList();
        clear(setId);
        em.createNativeQuery("insert into answer_tally (quiz_set_id, question_id, choice, score, answers, correct)"
                + " select a.quiz_set_id, r.question_id, r.choice, " + SCORE + ", count(*),"
                + " sum(case when r.correct then 1 else 0 end) from response r join attempt a on a.id = r.attempt_id"
                + " where a.quiz_set_id = ?1 and a.finished_at is not null and a.answered_count > 0"
                + " group by a.quiz_set_id, r.question_id, r.choice, " + SCORE).setParameter(1, setId).executeUpdate();
        em.createNativeQuery("insert into score_tally (quiz_set_id, score, attempts, seconds)"
                + " select a.quiz_set_id, " + SCORE_OR_NONE + ", count(*), sum(" + SECONDS + ") from attempt a"
                + " where a.quiz_set_id = ?1 and a.finished_at is not null"
                + " group by a.quiz_set_id, " + SCORE_OR_NONE).setParameter(1, setId).executeUpdate();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
