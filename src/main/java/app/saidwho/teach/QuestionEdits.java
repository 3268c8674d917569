package app.saidwho.teach;

import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves a teacher's edit of a question. A question someone has answered is never rewritten: the edit
 * retires it and adds the next version, so past attempts keep what they were asked.
 */
@ApplicationScoped
public class QuestionEdits {

    /** The edit form as typed: options may include blanks (unused option boxes). */
    public record Edit(String prompt, List<String> options, int keyBox, String explanation, String evidence) {
    }

    /** Problems by field name ("prompt", "options", "key", "explanation", "evidence"); empty when valid. */
    public static Map<String, String> problems(Edit edit, String article) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (edit.prompt().isBlank() || edit.prompt().length() > 2000) {
            problems.put("prompt", "Write a question of 1 to 2000 characters.");
        }
        List<String> filled = edit.options().stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (filled.size() < 2 || filled.size() > 6) {
            problems.put("options", "Give 2 to 6 options.");
        } else if (filled.stream().map(String::toLowerCase).distinct().count() < filled.size()) {
            problems.put("options", "Two options are the same.");
        } else if (filled.stream().anyMatch(o -> o.length() > 1000)) {
            problems.put("options", "Keep each option under 1000 characters.");
        }
        if (edit.keyBox() < 0 || edit.keyBox() >= edit.options().size() || edit.options().get(edit.keyBox()).isBlank()) {
            problems.put("key", "Mark the right answer: one of the filled-in options.");
        }
        if (edit.explanation().isBlank() || edit.explanation().length() > 4000) {
            problems.put("explanation", "Explain the answer in 1 to 4000 characters.");
        }
        if (edit.evidence().isBlank() || !article.contains(edit.evidence())) {
            problems.put("evidence", "Copy the evidence word for word from the article.");
        }
        return problems;
    }

    @Transactional
    public void save(QuizSet set, long questionId, Edit edit) {
        Question question = Question.<Question>findByIdOptional(questionId)
                .filter(q -> q.quizSet.id.equals(set.id) && !q.retired).orElseThrow();
        Question target = question;
        if (question.isAnswered()) {
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
        set.updatedAt = java.time.Instant.now();
    }

    /** Copies the edit into the question: options without blanks, the key's new index, evidence offsets. */
    private static void apply(Question target, QuizSet set, Edit edit) {
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

    /** A question the teacher writes from scratch; it joins the set as approved, at the end. */
    @Transactional
    public long add(QuizSet set, app.saidwho.quiz.Skill skill, Edit edit) {
        Question question = new Question();
        question.quizSet = set;
        int next = Question.listCurrent(set).stream().mapToInt(q -> q.position + 1).max().orElse(0);
        question.questionKey = "authored-" + System.currentTimeMillis() % 1_000_000 + "-" + next;
        question.version = 1;
        question.position = next;
        question.skill = skill;
        question.status = app.saidwho.quiz.QuestionStatus.APPROVED;
        question.origin = app.saidwho.quiz.QuestionOrigin.AUTHORED;
        apply(question, set, edit);
        question.persist();
        set.updatedAt = java.time.Instant.now();
        return question.id;
    }

    /** Swaps the question with the nearest one of the same skill above (-1) or below (+1). */
    @Transactional
    public void move(QuizSet set, long questionId, int direction) {
        set.updatedAt = java.time.Instant.now();
        List<Question> current = Question.listCurrent(set);
        for (int i = 0; i < current.size(); i++) {
            current.get(i).position = i;
        }
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).id == questionId) {
                Question moved = current.get(i);
                for (int j = i + direction; j >= 0 && j < current.size(); j += direction) {
                    if (current.get(j).skill == moved.skill) {
                        current.get(j).position = i;
                        moved.position = j;
                        return;
                    }
                }
                return;
            }
        }
    }
}
