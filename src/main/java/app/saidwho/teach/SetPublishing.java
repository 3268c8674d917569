package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Puts a set's approved questions live for learners, or takes the set back to draft. */
@ApplicationScoped
public class SetPublishing {
    private final SetAccess access;

    SetPublishing(SetAccess access) {
        this.access = access;
    }

    /** Publishes the set; false (and nothing changes) while it has no approved question. */
    @Transactional
    public boolean publish(String slug) {
        QuizSet set = access.owned(slug);
        if (Question.listActive(set).isEmpty()) {
            return false;
        }
        set.status = QuizSetStatus.PUBLISHED;
        set.updatedAt = Instant.now();
        return true;
    }

    @Transactional
    public void unpublish(String slug) {
        QuizSet set = access.owned(slug);
        set.status = QuizSetStatus.DRAFT;
        set.updatedAt = Instant.now();
    }
}
