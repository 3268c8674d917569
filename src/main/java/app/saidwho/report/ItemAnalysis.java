package app.saidwho.report;

import app.saidwho.play.Percent;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.report.Report.OptionCount;
import app.saidwho.report.Report.QuestionRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Item analysis over the questions learners can meet: the set's current approved questions, each with
 * its earlier (answered, then edited) versions folded under it. Rejected and draft questions are left
 * out: no learner is asked them, so "0 answers" rows would only hide the ones that matter.
 */
final class ItemAnalysis {
    private ItemAnalysis() {
    }

    /** Current approved questions in the order learners meet them, then earlier versions of the same questions. */
    static List<Question> questionsLearnersMeet(QuizSet set) {
        List<Question> current = Question.listActive(set);
        List<String> keys = current.stream().map(q -> q.questionKey).toList();
        List<Question> all = new ArrayList<>(current);
        if (!keys.isEmpty()) {
            all.addAll(Question.list("quizSet = ?1 and retired = true and questionKey in ?2 order by version desc",
                    set, keys));
        }
        return all;
    }

    static List<QuestionRow> rows(List<Question> questions, Map<Long, Map<Integer, long[]>> counts) {
        Map<String, QuestionRow> byKey = new LinkedHashMap<>();
        Map<String, List<QuestionRow>> earlier = new HashMap<>();
        for (Question q : questions) {
            Map<Integer, long[]> byChoice = counts.getOrDefault(q.id, Map.of());
            if (q.retired) {
                if (!byChoice.isEmpty()) {
                    earlier.computeIfAbsent(q.questionKey, k -> new ArrayList<>()).add(row(q, byChoice, List.of()));
                }
            } else {
                byKey.put(q.questionKey, row(q, byChoice, List.of()));
            }
        }
        return byKey.values().stream().map(r -> r.withEarlier(earlier.getOrDefault(r.key(), List.of()))).toList();
    }

    private static QuestionRow row(Question q, Map<Integer, long[]> byChoice, List<QuestionRow> earlier) {
        long[] s = ReportService.total(byChoice);
        long answers = s[0];
        Double index = s[2] == 0 || s[4] == 0 ? null : (double) s[3] / s[2] - (double) s[5] / s[4];
        List<OptionCount> options = new ArrayList<>();
        Map<Integer, Long> top = new HashMap<>();
        for (int i = 0; i < q.options.size(); i++) {
            long[] c = byChoice.get(i);
            options.add(new OptionCount(q.options.get(i), i == q.answerIndex, c == null ? 0 : c[0]));
            top.put(i, c == null ? 0 : c[2]);
        }
        return new QuestionRow(q.id, q.questionKey, q.version, q.prompt, q.skill.label, answers, Percent.of(s[1], answers),
                index == null ? "–" : String.format(Locale.ROOT, "%.2f", index),
                options, s[2] < ReportService.MIN_GROUP ? null : flagText(q, index, top), earlier);
    }

    /** A question that strong learners get wrong more than weak ones, or where they favour a distractor. */
    private static String flagText(Question q, Double index, Map<Integer, Long> top) {
        long keyByTop = top.getOrDefault(q.answerIndex, 0L);
        boolean distractorFavoured = top.entrySet().stream()
                .anyMatch(e -> e.getKey() != q.answerIndex && e.getValue() > keyByTop);
        if (distractorFavoured) {
            return "Check this key: strong learners chose another option more often";
        }
        if (index != null && index < 0) {
            return "Check this question: weaker learners did better than stronger ones";
        }
        return null;
    }
}
