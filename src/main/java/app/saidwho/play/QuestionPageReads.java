package app.saidwho.play;

import app.saidwho.play.AttemptPlan.Answer;
import app.saidwho.play.PlayViews.AttemptView;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.RubricLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The question page's reads, as plain SQL on one pooled connection without a transaction (issue 16): the
 * attempt with its set and article version, the plan, and the answer shown. The page is the one learners load
 * most and it writes nothing, so it pays for neither entities nor a JTA transaction; each read is one statement,
 * which is all the consistency a transaction gave it at H2's (and PostgreSQL's) read-committed level.
 * The plan's rows come in the order of {@link AttemptPlan#QUERY_ORDER}, as {@link AttemptPlan#of(Attempt)} reads them.
 */
@ApplicationScoped
public class QuestionPageReads {
    /** The attempt a page shows and what it needs of its set and article (not the article's text). */
    public record AttemptRow(AttemptView view, boolean finished, long setId, boolean feedbackAtEnd, long articleId,
                             long articleVersion) {
    }

    /** What a page reads: the attempt and its plan. */
    public record Reading(AttemptRow attempt, AttemptPlan plan) {
    }

    private static final String ATTEMPT = "select a.id, a.token, a.learner_name, a.finished_at, s.id, s.slug,"
            + " s.title, s.feedback_at_end, s.article_id, ar.version from attempt a join quiz_set s on s.id = a.quiz_set_id"
            + " join article ar on ar.id = s.article_id where a.token = ?";
    private static final String PLAN = "select q.id, q.question_key, q.row_version, r.id, r.choice, r.correct,"
            + " r.points, r.max_points from question q left join response r on r.question_id = q.id and r.attempt_id = ?"
            + " where q.quiz_set_id = ? and (r.id is not null or (q.retired = false and q.status = ?))"
            + " order by case when r.id is null then 1 else 0 end, r.answered_at, r.id, q.position, q.id";
    private static final String ANSWER = "select choice, correct, points, max_points, text_answer, rubric_level"
            + " from response where id = ?";
    private static final String PAIRS = "select choice from response_pair where response_id = ? order by position";

    private final DataSource database;

    QuestionPageReads(DataSource database) {
        this.database = database;
    }

    /** The attempt with this token and its plan; empty when there is no such attempt. */
    public Optional<Reading> attempt(String token) {
        try (Connection c = database.getConnection(); PreparedStatement find = c.prepareStatement(ATTEMPT)) {
            find.setString(1, token);
            long attemptId;
            AttemptRow attempt;
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                attemptId = row.getLong(1);
                attempt = new AttemptRow(new AttemptView(row.getString(2), row.getString(3), row.getString(6),
                        row.getString(7)), row.getObject(4) != null, row.getLong(5), row.getBoolean(8),
                        row.getLong(9), row.getLong(10));
            }
            return Optional.of(new Reading(attempt, AttemptPlan.of(token, attempt.finished(),
                    planRows(c, attemptId, attempt.setId()))));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the attempt failed", e);
        }
    }

    private static List<AttemptPlan.Row> planRows(Connection c, long attemptId, long setId) throws SQLException {
        try (PreparedStatement plan = c.prepareStatement(PLAN)) {
            plan.setLong(1, attemptId);
            plan.setLong(2, setId);
            plan.setString(3, QuestionStatus.APPROVED.name());
            List<AttemptPlan.Row> rows = new ArrayList<>();
            try (ResultSet row = plan.executeQuery()) {
                while (row.next()) {
                    long responseId = row.getLong(4);
                    Answer answer = row.wasNull() ? null : new Answer(responseId, row.getInt(5), row.getBoolean(6),
                            row.getInt(7), row.getInt(8));
                    rows.add(new AttemptPlan.Row(row.getLong(1), row.getString(2), row.getLong(3), answer));
                }
            }
            return rows;
        }
    }

    /** A stored answer with a MATCH's row choices; empty when it is gone (its attempt removed meanwhile). */
    public Optional<GivenAnswer> answer(long responseId) {
        try (Connection c = database.getConnection(); PreparedStatement find = c.prepareStatement(ANSWER)) {
            find.setLong(1, responseId);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String level = row.getString(6);
                return Optional.of(new GivenAnswer(row.getInt(1), row.getBoolean(2), row.getInt(3), row.getInt(4),
                        pairChoices(c, responseId), row.getString(5), level == null ? null : RubricLevel.valueOf(level)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the answer failed", e);
        }
    }

    private static List<Integer> pairChoices(Connection c, long responseId) throws SQLException {
        try (PreparedStatement pairs = c.prepareStatement(PAIRS)) {
            pairs.setLong(1, responseId);
            List<Integer> choices = new ArrayList<>();
            try (ResultSet row = pairs.executeQuery()) {
                while (row.next()) {
                    choices.add(row.getInt(1));
                }
            }
            return List.copyOf(choices);
        }
    }
}
