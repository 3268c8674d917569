package app.saidwho.report;

import app.saidwho.quiz.QuizSet;
import jakarta.persistence.TypedQuery;
import java.time.Instant;

/**
 * Which attempts a report counts: one set, optionally a start-date range, and finished attempts only
 * (the default, as in Moodle's quiz statistics: an attempt left after one question says little).
 */
public record ReportFilter(QuizSet set, Instant from, Instant to, boolean finishedOnly) {

    /** The same range with unfinished attempts too: for the started and finished counts. */
    ReportFilter withUnfinished() {
        return new ReportFilter(set, from, to, false);
    }

    /** Whether the report tallies hold this report: finished attempts of every date (the report's default). */
    boolean tallied() {
        return from == null && to == null && finishedOnly;
    }

    /** JPQL conditions on the attempt alias {@code a}. */
    String where() {
        return "a.quizSet = :set" + (from != null ? " and a.startedAt >= :from" : "") + (to != null ? " and a.startedAt < :to" : "")
                + (finishedOnly ? " and a.finishedAt is not null" : "");
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        query.setParameter("set", set);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }
}
