package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.quiz.AnsweredQuestions;
import app.saidwho.quiz.ArticleText;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionOrigin;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.Skill;
import app.saidwho.web.PageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A teacher's edits and hand-written questions. A question someone has answered is never rewritten: the
 * edit retires it and adds the next version, so past attempts keep what they were asked.
 */
@ApplicationScoped
public class QuestionEdits {
    private final SetAccess access;
    private final AnsweredQuestions answered;

    QuestionEdits(SetAccess access, AnsweredQuestions answered) {
        this.access = access;
        this.answered = answered;
    }

    /** The edit form filled with the question as it stands (404 for a retired or foreign question). */
    @Transactional
    public QuestionForm current(String slug, long questionId) {
        Question q = current(access.owned(slug), questionId);
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
        Question question = current(set, questionId);
        Map<String, String> problems = edit.problems(set.article.body);
        if (!problems.isEmpty()) {
            return problems;
        }
        Question target = question;
        if (answered.isAnswered(question)) {
            question.retired = true;
            target = new Question();
            target.quizSet = set;
            target.questionKey = question.questionKey;
            target.version = question.version + 1;
            target.position = question.position;
            target.skill = question.skill;
            target.origin = question.origin;
            target.status = question.status;
        }
        apply(target, set, edit);
        target.persist();
        set.updatedAt = Instant.now();
        return Map.of();
    }

    /** A question the teacher writes from scratch; it joins the set as approved, at the end. */
    @Transactional
    public long add(String slug, Skill skill, QuestionForm edit) {
        QuizSet set = access.owned(slug);
        Question question = new Question();
        question.quizSet = set;
        int next = Question.listCurrent(set).stream().mapToInt(q -> q.position + 1).max().orElse(0);
        question.questionKey = "authored-" + System.currentTimeMillis() % 1_000_000 + "-" + next;
        question.version = 1;
        question.position = next;
        question.skill = skill;
        question.status = QuestionStatus.APPROVED;
        question.origin = QuestionOrigin.AUTHORED;
        apply(question, set, edit);
        question.persist();
        set.updatedAt = Instant.now();
        return question.id;
    }

    /** Problems of a hand-written question against the set's article, by field; empty when it can be added. */
    @Transactional
    public Map<String, String> problems(String slug, QuestionForm edit) {
        return edit.problems(access.owned(slug).article.body);
    }

    static Question current(QuizSet set, long questionId) {
        return Question.findCurrent(set, questionId)
                .orElseThrow(() -> PageException.notFound("This question is not part of this quiz set."));
    }

    /** Copies the edit into the question: options without blanks, the key's new index, evidence offsets. */
    private static void apply(Question target, QuizSet set, QuestionForm edit) {
        List<String> options = new ArrayList<>();
        int answer = 0;
        for (int i = 0; i < edit.options().size(); i++) {
            String option = edit.options().get(i).strip();
            if (!option.isEmpty()) {
                if (i == edit.keyBox()) {
                    answer = options.size();
                }
                options.add(option);
            }
        }
        String body = set.article.body;
        target.prompt = edit.prompt().strip();
        target.options = options;
        target.answerIndex = answer;
        target.explanation = edit.explanation().strip();
        target.evidenceText = edit.evidence();
        target.evidenceStart = body.indexOf(edit.evidence());
        target.evidenceEnd = target.evidenceStart + edit.evidence().length();
    }
}
