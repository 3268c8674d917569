package app.saidwho.play;

import app.saidwho.quiz.QuestionStatus;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of one attempt in the order they are asked: those already answered (as they were
 * asked), then the set's current questions not yet answered in any version. Read as plain values by two
 * small queries (ids, keys and scores), so a page loads only the one question and answer it shows.
 */
public final class AttemptPlan {
    /** One question of the plan, with the answer given to it (null while unanswered). */
    public record Step(long questionId, String questionKey, Answer answer) {
        public boolean answered() {
            return answer != null;
        }
    }

    /** A stored answer, as much of it as the plan needs. */
    public record Answer(long responseId, int choice, boolean correct, int points, int maxPoints) {
    }

    private final String token;
    private final List<Step> steps;

    private AttemptPlan(String token, List<Step> steps) {
        this.token = token;
        this.steps = steps;
    }

    public static AttemptPlan of(Attempt attempt) {
        EntityManager em = Response.getEntityManager();
        List<Step> steps = new ArrayList<>();
        Set<String> answeredKeys = new HashSet<>();
        em.createQuery("select q.id, q.questionKey, r.id, r.choice, r.correct, r.points, r.maxPoints from Response r"
                        + " join r.question q where r.attempt = ?1 order by r.answeredAt, r.id", Object[].class)
                .setParameter(1, attempt).getResultList().forEach(row -> {
                    steps.add(new Step((Long) row[0], (String) row[1], new Answer((Long) row[2], (Integer) row[3],
                            (Boolean) row[4], (Integer) row[5], (Integer) row[6])));
                    answeredKeys.add((String) row[1]);
                });
        if (!attempt.isFinished()) {
            em.createQuery("select q.id, q.questionKey from Question q where q.quizSet = ?1 and q.retired = false"
                            + " and q.status = ?2 order by q.position, q.id", Object[].class)
                    .setParameter(1, attempt.quizSet).setParameter(2, QuestionStatus.APPROVED).getResultList().stream()
                    .filter(row -> !answeredKeys.contains((String) row[1]))
                    .forEach(row -> steps.add(new Step((Long) row[0], (String) row[1], null)));
        }
        return new AttemptPlan(attempt.token, List.copyOf(steps));
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
