package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.web.PageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The teacher's verdict on a question (approve, reject, back to draft) and its place among its skill. */
@ApplicationScoped
public class QuestionDecisions {
    private final SetAccess access;

    QuestionDecisions(SetAccess access) {
        this.access = access;
    }

    /**
     * Sets the question's status from the form's word ("approve", "reject", "draft"); only the current
     * version of a question of this set can be decided. Returns whether the set is live, so the page can
     * say what learners now see.
     */
    @Transactional
    public boolean decide(String slug, long questionId, String decision) {
        QuizSet set = access.owned(slug);
        Question question = QuestionEdits.current(set, questionId);
        question.status = switch (decision == null ? "" : decision) {
            case "approve" -> QuestionStatus.APPROVED;
            case "reject" -> QuestionStatus.REJECTED;
            case "draft" -> QuestionStatus.DRAFT;
            default -> throw PageException.badRequest("Choose approve or reject.");
        };
        set.updatedAt = Instant.now();
        return set.status == app.saidwho.quiz.QuizSetStatus.PUBLISHED;
    }

    /** Moves the question one place up (-1) or down (+1) in the order learners meet; 400 past either end. */
    @Transactional
    public void move(String slug, long questionId, int direction) {
        QuizSet set = access.owned(slug);
        List<Question> current = Question.listCurrent(set);
        int from = indexOf(current, questionId);
        moveTo(set, current, from, from + direction + 1);
    }

    /** Moves the question to a 1-based place among the set's current questions. */
    @Transactional
    public void moveTo(String slug, long questionId, int place) {
        QuizSet set = access.owned(slug);
        List<Question> current = Question.listCurrent(set);
        moveTo(set, current, indexOf(current, questionId), place);
    }

    private static void moveTo(QuizSet set, List<Question> current, int from, int place) {
        if (place < 1 || place > current.size()) {
            throw PageException.badRequest("Question " + (from + 1) + " can move to places 1 to " + current.size()
                    + ". Go back to the review page and choose one of them.");
        }
        List<Question> order = new ArrayList<>(current);
        Question moved = order.remove(from);
        order.add(place - 1, moved);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).position = i;
        }
        set.updatedAt = Instant.now();
    }

    private static int indexOf(List<Question> current, long questionId) {
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).id == questionId) {
                return i;
            }
        }
        throw PageException.notFound("This question is not part of this quiz set.");
    }
}
