package app.saidwho.play;

import app.saidwho.play.PlayViews.QuestionView;
import app.saidwho.quiz.ArticleText;
import app.saidwho.quiz.ArticleText.Passage;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.Rubric;
import java.util.List;

/**
 * What the learner pages show of one version of a question, as plain immutable values: read once and kept per
 * (question, row version, article version) by {@link LearnerQuestions}, so a page loads no question entity.
 * {@code rows} and {@code speakers} are a MATCH's quotations and the right speaker of each.
 */
public record LearnerQuestion(long id, String questionKey, String skillLabel, String prompt, ItemType type,
                              List<String> options, List<String> rows, List<String> speakers, int answerIndex,
                              String key, String explanation, Passage passage, Rubric rubric) {

    /** Read from the question and its article's text (for the evidence passage), in the transaction that loaded them. */
    public static LearnerQuestion of(Question q) {
        String body = q.quizSet.article.body;
        return new LearnerQuestion(q.id, q.questionKey, q.skill.label, q.prompt, q.type, List.copyOf(q.options),
                q.pairs.stream().map(p -> p.prompt).toList(), q.pairs.stream().map(p -> p.answer).toList(),
                q.answerIndex, q.key(), q.explanation,
                ArticleText.passage(body, q.evidenceStart, q.evidenceEnd, q.evidenceText), q.rubric());
    }

    /** The question as this attempt asks it: its place in the plan and the options in the learner's order. */
    public QuestionView view(AttemptPlan plan) {
        return new QuestionView(id, plan.numberOf(id), plan.total(), skillLabel, prompt,
                OptionOrder.forLearner(plan.token(), questionKey, options), type, rows);
    }

    /** Whether the option picked on a MATCH row is that row's speaker. */
    public boolean rightPair(int row, int choice) {
        return choice >= 0 && choice < options.size() && options.get(choice).equals(speakers.get(row));
    }
}
