package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.web.PageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
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
     * version of a question of this set can be decided.
     */
    @Transactional
    public void decide(String slug, long questionId, String decision) {
        QuizSet set = access.owned(slug);
        Question question = QuestionEdits.current(set, questionId);
        question.status = switch (decision == null ? "" : decision) {
            case "approve" -> QuestionStatus.APPROVED;
            case "reject" -> QuestionStatus.REJECTED;
            case "draft" -> QuestionStatus.DRAFT;
            default -> throw PageException.badRequest("Choose approve or reject.");
        };
        set.updatedAt = Instant.now();
    }

    /** Swaps the question with the nearest one of the same skill above (-1) or below (+1). */
    @Transactional
    public void move(String slug, long questionId, int direction) {
        QuizSet set = access.owned(slug);
        QuestionEdits.current(set, questionId);
        set.updatedAt = Instant.now();
        List<Question> current = Question.listCurrent(set);
        for (int i = 0; i < current.size(); i++) {
            current.get(i).position = i;
        }
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).id == questionId) {
                swapWithNextOfSkill(current, i, direction);
                return;
            }
        }
    }

    private static void swapWithNextOfSkill(List<Question> current, int i, int direction) {
        Question moved = current.get(i);
        for (int j = i + direction; j >= 0 && j < current.size(); j += direction) {
            if (current.get(j).skill == moved.skill) {
                current.get(j).position = i;
                moved.position = j;
                return;
            }
        }
    }
}
