package app.saidwho.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A set of questions on one article, identified in URLs by its slug. */
@Entity
public class QuizSet extends PanacheEntity {
    public String slug;
    public String title;

    @Enumerated(EnumType.STRING)
    public QuizSetStatus status;

    public String joinCode;

    @ManyToOne(optional = false)
    public Article article;

    /**
     * Id of the teacher account that owns the set; null for sets loaded from the quizzes/ folder (the
     * admin's). An id rather than a relation, so quiz sets know nothing of accounts.
     */
    public Long ownerId;

    /** The quiz-set file this set was loaded from, and the SHA-256 of its content at that time. */
    public String sourceFile;
    public String sourceHash;
    public Instant updatedAt;

    /** Listed on the public home page; otherwise a published set is reached only by its join code or link. */
    public boolean listed;
    /** Archived sets leave the teacher's list of current sets and take no new attempts; their reports stay. */
    public boolean archived;

    /** The sitting: whether new attempts may start, and until when (null: no closing time). */
    public boolean sittingOpen = true;
    public Instant closesAt;
    /** When the current sitting opened (null: open since the set was made); the projector counts from here. */
    public Instant sittingOpenedAt;
    /** The same learner name resumes its attempt instead of starting a second one. */
    public boolean oneAttemptPerName;
    /** No right or wrong until the last answer; then the result shows everything. */
    public boolean feedbackAtEnd;

    public static Optional<QuizSet> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<QuizSet> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, QuizSetStatus.PUBLISHED).firstResultOptional();
    }

    public static List<QuizSet> listOwnedBy(long ownerId) {
        return list("ownerId = ?1 order by title", ownerId);
    }

    /** Published sets the teacher chose to list on the home page. */
    public static List<QuizSet> listListed() {
        return list("status = ?1 and listed = true and archived = false order by title", QuizSetStatus.PUBLISHED);
    }

    public static Optional<QuizSet> findPublishedByCode(String joinCode) {
        return find("joinCode = ?1 and status = ?2", joinCode, QuizSetStatus.PUBLISHED).firstResultOptional();
    }

    /** Why a new attempt cannot start now, or empty when it can. */
    public Optional<SittingClosed> closedFor(Instant now) {
        if (archived) {
            return Optional.of(SittingClosed.ARCHIVED);
        }
        if (!sittingOpen) {
            return Optional.of(SittingClosed.CLOSED);
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return Optional.of(SittingClosed.PAST_CLOSING_TIME);
        }
        return Optional.empty();
    }

    /** An unused address made from a title or file name: lower-case words joined by dashes, "-2" etc. when taken. */
    public static String freeSlug(String wanted) {
        String base = wanted.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        base = base.isEmpty() ? "quiz" : base.substring(0, Math.min(60, base.length())).replaceAll("-+$", "");
        String slug = base;
        for (int n = 2; count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    public List<Question> activeQuestions() {
        return Question.listActive(this);
    }

    public long activeQuestionCount() {
        return Question.countActive(this);
    }
}
