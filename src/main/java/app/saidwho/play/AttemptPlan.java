package app.saidwho.play;

import app.saidwho.quiz.QuestionStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of one attempt in the order they are asked: those already answered (as they were
 * asked), then the set's current questions not yet answered in any version. Read as plain values by one
 * small query (ids, keys and scores), so a page loads only the one question and answer it shows.
 */
public final class AttemptPlan {
    /** One question of the plan, with its row version and the answer given to it (null while unanswered). */
    public record Step(long questionId, String questionKey, long rowVersion, Answer answer) {
        public boolean answered() {
            return answer != null;
        }
    }

    /** A stored answer, as much of it as the plan needs. */
    public record Answer(long responseId, int choice, boolean correct, int points, int maxPoints) {
    }

    /**
     * One row of the plan's query: a question of the set and the attempt's answer to it (null when none), in the
     * order {@link #QUERY_ORDER} gives.
     */
    public record Row(long questionId, String questionKey, long rowVersion, Answer answer) {
    }

    /** Answered questions first, in the order they were answered; then the others in set order. */
    static final String QUERY_ORDER = "order by case when r.id is null then 1 else 0 end, r.answeredAt, r.id,"
            + " q.position, q.id";

    private final String token;
    private final List<Step> steps;

    private AttemptPlan(String token, List<Step> steps) {
        this.token = token;
        this.steps = steps;
    }

    /**
     * One query: the set's questions with the attempt's answer to each, if any. Answered ones come first in
     * the order they were answered (whatever version they are now); then the set's current approved questions
     * whose key has no answer yet, in set order. Every answer is to a question of the attempt's set: only the
     * plan's questions can be answered.
     */
    public static AttemptPlan of(Attempt attempt) {
        List<Row> rows = Response.getEntityManager().createQuery("select q.id, q.questionKey, q.rowVersion, r.id,"
                        + " r.choice, r.correct, r.points, r.maxPoints from Question q left join Response r"
                        + " on r.question = q and r.attempt = ?1"
                        + " where q.quizSet = ?2 and (r.id is not null or (q.retired = false and q.status = ?3)) "
                        + QUERY_ORDER, Object[].class)
                .setParameter(1, attempt).setParameter(2, attempt.quizSet).setParameter(3, QuestionStatus.APPROVED)
                .getResultList().stream()
                .map(row -> new Row((Long) row[0], (String) row[1], (Long) row[2], row[3] == null ? null
                        : new Answer((Long) row[3], (Integer) row[4], (Boolean) row[5], (Integer) row[6],
                        (Integer) row[7])))
                .toList();
        return of(attempt.token, attempt.isFinished(), rows);
    }

    /**
     * The plan from its query's rows: every answered question, then, while the attempt is not finished, the
     * questions whose key has no answer yet (an edited question answered in an older version is done).
     */
    public static AttemptPlan of(String token, boolean finished, List<Row> rows) {
        List<Step> steps = new ArrayList<>();
        Set<String> answeredKeys = new HashSet<>();
        for (Row row : rows) {
            if (row.answer() != null) {
                steps.add(new Step(row.questionId(), row.questionKey(), row.rowVersion(), row.answer()));
                answeredKeys.add(row.questionKey());
            } else if (!finished && !answeredKeys.contains(row.questionKey())) {
                steps.add(new Step(row.questionId(), row.questionKey(), row.rowVersion(), null));
            }
        }
        return new AttemptPlan(token, List.copyOf(steps));
    }

    public String token() {
        return token;
    }

    public List<Step> steps() {
        return steps;
    }

    public int total() {
        return steps.size();
    }

    /** 1-based place of the question in this attempt, or 0 when it is not part of it. */
    public int numberOf(long questionId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).questionId() == questionId) {
                return i + 1;
            }
        }
        return 0;
    }

    public Optional<Step> step(long questionId) {
        return steps.stream().filter(s -> s.questionId() == questionId).findFirst();
    }

    public Optional<Long> nextUnanswered() {
        return steps.stream().filter(s -> !s.answered()).map(Step::questionId).findFirst();
    }

    public boolean isNext(long questionId) {
        return nextUnanswered().map(next -> next == questionId).orElse(false);
    }

    /** Whether a question would still be open once this one is answered too. */
    public boolean hasUnansweredBesides(long questionId) {
        return steps.stream().anyMatch(s -> !s.answered() && s.questionId() != questionId);
    }

    /** The stored answers as the plan read them (after the attempt was locked, when answering). */
    public List<Answer> answers() {
        return steps.stream().filter(Step::answered).map(Step::answer).toList();
    }
}
