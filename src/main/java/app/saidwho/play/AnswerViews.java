package app.saidwho.play;

import app.saidwho.play.PlayViews.AnswerView;
import app.saidwho.play.PlayViews.QuestionView;
import app.saidwho.play.PlayViews.RowView;
import app.saidwho.quiz.ArticleText;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Question;
import java.util.ArrayList;
import java.util.List;

/** Builds what the learner sees of a question and of an answer to it, for every item type. */
final class AnswerViews {
    private AnswerViews() {
    }

    static QuestionView question(AttemptPlan plan, Question q) {
        return new QuestionView(q.id, plan.numberOf(q.id), plan.total(), q.skill.label, q.prompt,
                OptionOrder.forLearner(plan.token(), q.questionKey, q.options), q.type,
                q.matchPairs().stream().map(MatchPair::prompt).toList());
    }

    static AnswerView answer(QuestionView view, Question q, Response r) {
        String body = q.quizSet.article.body;
        List<RowView> rows = rows(q, r);
        String level = r.rubricLevel == null ? null : r.rubricLevel.label;
        String meaning = r.rubricLevel == null || q.rubric() == null ? null : q.rubric().describe(r.rubricLevel);
        return new AnswerView(view, r.choice, chosenText(q, r, rows), r.correct, q.answerIndex, q.key(),
                q.explanation, ArticleText.passage(body, q.evidenceStart, q.evidenceEnd, q.evidenceText), rows,
                r.pending(), level, meaning, r.points, r.maxPoints);
    }

    private static List<RowView> rows(Question q, Response r) {
        List<RowView> rows = new ArrayList<>();
        for (int row = 0; row < q.pairs.size() && row < r.pairChoices.size(); row++) {
            int choice = r.pairChoices.get(row);
            rows.add(new RowView(row + 1, q.pairs.get(row).prompt, q.options.get(choice), q.pairs.get(row).answer,
                    q.rightPair(row, choice)));
        }
        return rows;
    }

    /** The answer in a few words: the option, the written text, or how many pairs were right. */
    private static String chosenText(Question q, Response r, List<RowView> rows) {
        return switch (q.type) {
            case CHOICE, EVIDENCE -> r.choice >= 0 && r.choice < q.options.size() ? q.options.get(r.choice) : "";
            case MATCH -> rows.stream().filter(RowView::right).count() + " of " + rows.size() + " pairs right";
            case SHORT_ANSWER -> r.textAnswer;
        };
    }
}
