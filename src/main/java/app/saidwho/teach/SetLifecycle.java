package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.play.Attempt;
import app.saidwho.play.AttemptRemoval;
import app.saidwho.quiz.Article;
import app.saidwho.quiz.JoinCodes;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionContent;
import app.saidwho.quiz.Questions;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/** A set as a whole: approve all drafts, rename, duplicate, archive, delete. */
@ApplicationScoped
public class SetLifecycle {
    static final int MAX_TITLE = 300;

    /** What a delete did: removed the set, or stopped because it has attempts the teacher did not give up. */
    public enum Deletion { DELETED, HAS_ATTEMPTS }

    private final SetAccess access;
    private final AttemptRemoval removal;
    private final EntityManager em;
    private final Questions questions;

    SetLifecycle(SetAccess access, AttemptRemoval removal, EntityManager em, Questions questions) {
        this.access = access;
        this.removal = removal;
        this.em = em;
        this.questions = questions;
    }

    /** Approves every current draft question; returns how many. */
    @Transactional
    public int approveAll(String slug) {
        QuizSet set = access.owned(slug);
        int approved = 0;
        for (Question q : Question.listCurrent(set)) {
            if (q.status == QuestionStatus.DRAFT) {
                q.status = QuestionStatus.APPROVED;
                approved++;
            }
        }
        set.updatedAt = Instant.now();
        return approved;
    }

    /** A new title; the problem instead when it is blank or too long. */
    @Transactional
    public Optional<String> rename(String slug, String title) {
        QuizSet set = access.owned(slug);
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            return Optional.of("Give the quiz a title of 1 to " + MAX_TITLE + " characters.");
        }
        set.title = clean;
        set.updatedAt = Instant.now();
        return Optional.empty();
    }

    /**
     * A draft copy owned by the signed-in teacher: the article and the current questions (with their
     * statuses), a new address and join code, no attempts. Returns the copy's slug.
     */
    @Transactional
    public String duplicate(String slug) {
        QuizSet set = access.owned(slug);
        Article article = new Article();
        article.title = set.article.title;
        article.publisher = set.article.publisher;
        article.url = set.article.url;
        article.published = set.article.published;
        article.body = set.article.body;
        article.boilerplate = new ArrayList<>(set.article.boilerplate);
        article.persist();
        QuizSet copy = new QuizSet();
        copy.title = (set.title.length() > MAX_TITLE - 7 ? set.title.substring(0, MAX_TITLE - 7) : set.title) + " (copy)";
        copy.slug = QuizSet.freeSlug(set.slug + "-copy");
        copy.status = QuizSetStatus.DRAFT;
        copy.joinCode = JoinCodes.unused();
        copy.article = article;
        copy.ownerId = access.signedIn().id;
        copy.updatedAt = Instant.now();
        copy.persist();
        for (Question q : Question.listCurrent(set)) {
            questions.add(copy, q.questionKey, q.position, QuestionContent.of(q), q.status, q.origin).checkReason =
                    q.checkReason;
        }
        return copy.slug;
    }

    @Transactional
    public void archive(String slug, boolean archived) {
        QuizSet set = access.owned(slug);
        set.archived = archived;
        set.updatedAt = Instant.now();
    }

    @Transactional
    public long attemptCount(String slug) {
        return Attempt.count("quizSet", access.owned(slug));
    }

    /** Deletes the set with its article and questions; its attempts only when the teacher asked for that. */
    @Transactional
    public Deletion delete(String slug, boolean withAttempts) {
        QuizSet set = access.owned(slug);
        if (!withAttempts && Attempt.count("quizSet", set) > 0) {
            return Deletion.HAS_ATTEMPTS;
        }
        removal.ofSet(set); // with its report tallies, whose rows stay (at zero) after the last attempt went
        // Questions one by one, so Hibernate removes their options with them; there are tens, not thousands.
        Question.<Question>list("quizSet", set).forEach(Question::delete);
        em.createNativeQuery("delete from dropped_question where quiz_set_id = ?1").setParameter(1, set.id).executeUpdate();
        Article article = set.article;
        set.delete();
        em.createNativeQuery("delete from article_analysis where article_id = ?1").setParameter(1, article.id)
                .executeUpdate();
        article.delete();
        return Deletion.DELETED;
    }
}
