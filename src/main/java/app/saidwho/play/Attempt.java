package app.saidwho.play;

import app.saidwho.quiz.QuizSet;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Optional;

/** One learner's run through a quiz set, reached only through its unguessable token. */
@Entity
public class Attempt extends PanacheEntity {
    @ManyToOne(optional = false)
    public QuizSet quizSet;

    public String token;
    public String learnerName;
    public Instant startedAt;
    public Instant finishedAt;

    /** Running totals, kept with each answer so reports can aggregate attempts. */
    public int answeredCount;
    public int correctCount;
    /** Points earned and possible over the scored answers (a pending written answer counts in neither). */
    public int points;
    public int maxPoints;

    /** Every answer so far in one string ({@link AnswerLog}), for the reports. */
    @Column(length = 1_000_000)
    public String answerLog;

    /** Score in percent of the points of the answers scored so far. */
    public int scorePercent() {
        return Percent.of(points, maxPoints);
    }

    /** With its set and article in the same query: every learner page needs them. */
    public static Optional<Attempt> findByToken(String token) {
        return find("from Attempt a join fetch a.quizSet s join fetch s.article where a.token = ?1", token)
                .firstResultOptional();
    }

    /** The first attempt under this display name, compared without regard to case. */
    public static Optional<Attempt> findByName(QuizSet set, String learnerName) {
        return find("quizSet = ?1 and lower(learnerName) = lower(?2) order by startedAt, id", set, learnerName)
                .firstResultOptional();
    }

    /** The attempt with its row locked until the transaction ends: answers to it are taken one at a time. */
    public static Optional<Attempt> findByTokenForUpdate(String token) {
        return find("from Attempt a join fetch a.quizSet s join fetch s.article where a.token = ?1", token)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean isFinished() {
        return finishedAt != null;
    }
}
