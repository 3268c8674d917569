package app.saidwho.play;

import app.saidwho.play.PlayViews.AnswerView;
import app.saidwho.play.PlayViews.AttemptView;
import app.saidwho.play.PlayViews.QuestionView;
import app.saidwho.play.PlayViews.ResultView;
import app.saidwho.play.PlayViews.SkillScore;
import app.saidwho.quiz.ArticleText;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The view records of an attempt, as the learner pages and the teacher's review show them. */
final class AttemptViews {
    private AttemptViews() {
    }

    /** Every answer given, in order, with the score overall and per skill. */
    static ResultView resultOf(Attempt attempt, AttemptPlan plan) {
        Map<Skill, int[]> bySkill = new EnumMap<>(Skill.class);
        List<AnswerView> answers = new ArrayList<>();
        int right = 0;
        for (Response response : plan.responses()) {
            Question question = response.question;
            answers.add(answer(view(plan, question), question, response));
            int[] tally = bySkill.computeIfAbsent(question.skill, s -> new int[2]);
            tally[1]++;
            if (response.correct) {
                tally[0]++;
                right++;
            }
        }
        List<SkillScore> skills = bySkill.entrySet().stream()
                .map(e -> new SkillScore(e.getKey().label, e.getKey().description, e.getValue()[0], e.getValue()[1]))
                .toList();
        return new ResultView(view(attempt), right, answers.size(), skills, answers);
    }

    static AttemptView view(Attempt attempt) {
        return new AttemptView(attempt.token, attempt.learnerName, attempt.quizSet.slug, attempt.quizSet.title);
    }

    static QuestionView view(AttemptPlan plan, Question q) {
        return new QuestionView(q.id, plan.numberOf(q), plan.total(), q.skill.label, q.prompt,
                OptionOrder.forLearner(plan.token(), q.questionKey, q.options));
    }

    static AnswerView answer(QuestionView view, Question q, Response r) {
        String body = q.quizSet.article.body;
        return new AnswerView(view, r.choice, q.options.get(r.choice), r.correct, q.answerIndex, q.key(), q.explanation,
                ArticleText.passage(body, q.evidenceStart, q.evidenceEnd, q.evidenceText));
    }
}
