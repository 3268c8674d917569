package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionOrigin;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.Questions;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.Skill;
import app.saidwho.web.PageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Edits and hand-written MATCH and SHORT_ANSWER questions, stored through {@link Questions} like every other. */
@ApplicationScoped
public class ItemEdits {
    private final SetAccess access;
    private final Questions questions;
    private final Validator validator;

    ItemEdits(SetAccess access, Questions questions, Validator validator) {
        this.access = access;
        this.questions = questions;
        this.validator = validator;
    }

    /** The question as its form shows it, with its skill (404 when it is not a MATCH or SHORT_ANSWER of the set). */
    @Transactional
    public ItemForm current(String slug, long id) {
        return ItemForm.stored(item(access.owned(slug), id));
    }

    @Transactional
    public Skill skillOf(String slug, long id) {
        return item(access.owned(slug), id).skill;
    }

    /** Saves the edit (a new version once answered); the problems by field instead when there are any. */
    @Transactional
    public Map<String, String> save(String slug, long id, Optional<Skill> skill, ItemForm form) {
        QuizSet set = access.owned(slug);
        Question question = item(set, id);
        Map<String, String> problems = form.problems(validator, set.article.body);
        if (problems.isEmpty()) {
            questions.revise(question, form.content(skill.orElse(question.skill), set.article.body));
            set.updatedAt = Instant.now();
        }
        return problems;
    }

    /** Adds the question at the end of the set, approved; the problems by field instead when there are any. */
    @Transactional
    public Map<String, String> add(String slug, Skill skill, ItemForm form) {
        QuizSet set = access.owned(slug);
        Map<String, String> problems = form.problems(validator, set.article.body);
        if (problems.isEmpty()) {
            int next = questions.nextPosition(set);
            String key = form.type().name().toLowerCase().replace('_', '-') + "-" + System.currentTimeMillis() % 1_000_000
                    + "-" + next;
            questions.add(set, key, next, form.content(skill, set.article.body), QuestionStatus.APPROVED,
                    QuestionOrigin.AUTHORED);
            set.updatedAt = Instant.now();
        }
        return problems;
    }

    private static Question item(QuizSet set, long id) {
        return Question.findCurrent(set, id)
                .filter(q -> q.type == ItemType.MATCH || q.type == ItemType.SHORT_ANSWER)
                .orElseThrow(() -> PageException.notFound("This matching or written question is not part of this quiz set."));
    }
}
