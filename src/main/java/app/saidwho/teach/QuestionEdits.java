package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.quiz.ArticleText;
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
import java.util.List;
import java.util.Map;

/**
 * A teacher's edits and hand-written questions, stored through {@link Questions}: an answered question
 * is never rewritten but gets a new version.
 */
@ApplicationScoped
public class QuestionEdits {
    private final SetAccess access;
    private final Questions questions;
    private final Validator validator;

    QuestionEdits(SetAccess access, Questions questions, Validator validator) {
        this.access = access;
        this.questions = questions;
        this.validator = validator;
    }

    /** The edit form filled with the question as it stands (404 for a retired or foreign question). */
    @Transactional
    public QuestionForm current(String slug, long questionId) {
        Question q = editable(current(access.owned(slug), questionId));
        return QuestionForm.stored(q.prompt, q.options, q.answerIndex, q.explanation, q.evidenceText);
    }

    /** The article's paragraphs a hand-written question can take as evidence (boilerplate left out). */
    @Transactional
    public List<String> paragraphs(String slug) {
        QuizSet set = access.owned(slug);
        return ArticleText.paragraphs(set.article.body, set.article.boilerplate).stream()
                .filter(p -> !p.boilerplate()).map(ArticleText.Paragraph::text).toList();
    }

    /** Saves the edit; returns the problems by field instead when there are any (then nothing changes). */
    @Transactional
    public Map<String, String> save(String slug, long questionId, QuestionForm edit) {
        QuizSet set = access.owned(slug);
        Question question = editable(current(set, questionId));
        Map<String, String> problems = edit.problems(validator, set.article.body);
        if (problems.isEmpty()) {
            questions.revise(question, edit.content(question.skill, set.article.body).asType(question.type));
            set.updatedAt = Instant.now();
        }
        return problems;
    }

    /** A question the teacher writes from scratch; it joins the set as approved, at the end. */
    @Transactional
    public long add(String slug, Skill skill, QuestionForm edit) {
        QuizSet set = access.owned(slug);
        int next = questions.nextPosition(set);
        String key = "authored-" + System.currentTimeMillis() % 1_000_000 + "-" + next;
        Question question = questions.add(set, key, next, edit.content(skill, set.article.body),
                QuestionStatus.APPROVED, QuestionOrigin.AUTHORED);
        set.updatedAt = Instant.now();
        return question.id;
    }

    /** Problems of a hand-written question against the set's article, by field; empty when it can be added. */
    @Transactional
    public Map<String, String> problems(String slug, QuestionForm edit) {
        return edit.problems(validator, access.owned(slug).article.body);
    }

    /** The option form edits CHOICE and EVIDENCE questions; the other types keep their pairs or rubric. */
    private static Question editable(Question q) {
        if (q.type == ItemType.MATCH || q.type == ItemType.SHORT_ANSWER) {
            throw new PageException(409, "This question cannot be edited here yet", "A " + q.type.label.toLowerCase()
                    + " question is edited in the quiz-set file for now: download the set, change the question, and "
                    + "upload the file.");
        }
        return q;
    }

    static Question current(QuizSet set, long questionId) {
        return Question.findCurrent(set, questionId)
                .orElseThrow(() -> PageException.notFound("This question is not part of this quiz set."));
    }
}
