package app.saidwho.report;

import app.saidwho.play.AnswerLog;
import app.saidwho.quiz.QuizSet;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in the answer log of attempts answered before attempts kept one (migration V30) or written
 * straight into the database (the seed-attempts command), from their stored responses: once per attempt,
 * the first time a report counts it. A log an answer wrote meanwhile is left as it is.
 */
final class MissingAnswerLogs {
    private static final int BATCH = 500;

    private MissingAnswerLogs() {
    }

    static void fill(EntityManager em, QuizSet set) {
        // Reads only attempt rows when nothing is missing (the usual case): no look at the responses.
        List<Long> missing = em.createQuery("select a.id from Attempt a where a.quizSet = :set and a.answerLog is null"
                + " and a.answeredCount > 0", Long.class).setParameter("set", set).getResultList();
        for (int from = 0; from < missing.size(); from += BATCH) {
            fill(em, missing.subList(from, Math.min(missing.size(), from + BATCH)));
        }
    }

    private static void fill(EntityManager em, List<Long> attempts) {
        List<Object[]> rows = em.createQuery("select r.attempt.id, r.question.id, r.choice, r.correct from Response r"
                        + " where r.attempt.id in :attempts order by r.attempt.id, r.answeredAt, r.id", Object[].class)
                .setParameter("attempts", attempts).getResultList();
        Map<Long, StringBuilder> logs = new LinkedHashMap<>();
        for (Object[] row : rows) {
            AnswerLog.append(logs.computeIfAbsent((Long) row[0], id -> new StringBuilder()), (Long) row[1],
                    (Integer) row[2], (Boolean) row[3]);
        }
        logs.forEach((attempt, log) -> em.createQuery("update Attempt a set a.answerLog = :log"
                        + " where a.id = :id and a.answerLog is null")
                .setParameter("log", log.toString()).setParameter("id", attempt).executeUpdate());
    }
}
