package app.saidwho.play;

import app.saidwho.play.PlayViews.AnswerView;
import app.saidwho.play.PlayViews.AttemptView;
import app.saidwho.play.PlayViews.ResultView;
import app.saidwho.play.PlayViews.SkillScore;
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

    /** Every answer given, in order, with the points overall and per skill; pending written answers apart. */
    static ResultView resultOf(Attempt attempt, AttemptPlan plan) {
        Map<Skill, int[]> bySkill = new EnumMap<>(Skill.class);
        List<AnswerView> answers = new ArrayList<>();
        int points = 0;
        int maxPoints = 0;
        int pending = 0;
        for (Response response : Response.listFor(attempt)) {
            Question question = response.question;
            LearnerQuestion content = LearnerQuestion.of(question);
            answers.add(AnswerViews.answer(content.view(plan), content, GivenAnswer.of(response)));
            pending += response.pending() ? 1 : 0;
            if (response.maxPoints > 0) {
                int[] tally = bySkill.computeIfAbsent(question.skill, s -> new int[2]);
                tally[0] += response.points;
                tally[1] += response.maxPoints;
            }
            points += response.points;
            maxPoints += response.maxPoints;
        }
        List<SkillScore> skills = bySkill.entrySet().stream()
                .map(e -> new SkillScore(e.getKey().label, e.getKey().description, e.getValue()[0], e.getValue()[1]))
                .toList();
        return new ResultView(view(attempt), points, maxPoints, skills, answers, pending);
    }

    static AttemptView view(Attempt attempt) {
        return new AttemptView(attempt.token, attempt.learnerName, attempt.quizSet.slug, attempt.quizSet.title);
    }
}
