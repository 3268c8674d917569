package app.saidwho.play;

import app.saidwho.play.PlayViews.AnswerView;
import app.saidwho.play.PlayViews.QuestionView;
import app.saidwho.play.PlayViews.RowView;
import java.util.ArrayList;
import java.util.List;

/** Builds what the learner sees of an answer to a question, for every item type. */
final class AnswerViews {
    private AnswerViews() {
    }

    static AnswerView answer(QuestionView view, LearnerQuestion q, GivenAnswer r) {
        List<RowView> rows = rows(q, r);
        String level = r.rubricLevel() == null ? null : r.rubricLevel().label;
        String meaning = r.rubricLevel() == null || q.rubric() == null ? null : q.rubric().describe(r.rubricLevel());
        return new AnswerView(view, r.choice(), chosenText(q, r, rows), r.correct(), q.answerIndex(), q.key(),
                q.explanation(), q.passage(), rows, r.pending(), level, meaning, r.points(), r.maxPoints());
    }

    private static List<RowView> rows(LearnerQuestion q, GivenAnswer r) {
        List<RowView> rows = new ArrayList<>();
        for (int row = 0; row < q.rows().size() && row < r.pairChoices().size(); row++) {
            int choice = r.pairChoices().get(row);
            rows.add(new RowView(row + 1, q.rows().get(row), q.options().get(choice), q.speakers().get(row),
                    q.rightPair(row, choice)));
        }
        return rows;
    }

    /** The answer in a few words: the option, the written text, or how many pairs were right. */
    private static String chosenText(LearnerQuestion q, GivenAnswer r, List<RowView> rows) {
        return switch (q.type()) {
            case CHOICE, EVIDENCE -> r.choice() >= 0 && r.choice() < q.options().size() ? q.options().get(r.choice()) : "";
            case MATCH -> rows.stream().filter(RowView::right).count() + " of " + rows.size() + " pairs right";
            case SHORT_ANSWER -> r.textAnswer();
        };
    }
}
