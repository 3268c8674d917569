package app.saidwho.report;

import app.saidwho.quiz.Question;
import app.saidwho.quiz.Skill;
import app.saidwho.report.Report.Bar;
import app.saidwho.report.Report.OptionCount;
import app.saidwho.report.Report.QuestionRow;
import app.saidwho.report.Report.SkillRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Score reports from SQL aggregates: attempts carry their running score, so every figure is a grouped query
 * over attempts or responses, never a walk over all rows in Java. Scores are whole percents, rounded down.
 */
@ApplicationScoped
public class ReportService {
    private static final String SCORE = "(a.correctCount * 100 / a.answeredCount)";
    /** Below this many answers from the strongest attempts, a flag would be noise. */
    static final int MIN_GROUP = 3;

    private final EntityManager em;

    ReportService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Report report(ReportFilter filter) {
        String where = filter.where();
        Object[] counts = filter.bind(em.createQuery("select count(a), sum(case when a.finishedAt is not null then 1 else 0 end)"
                + " from Attempt a where " + where, Object[].class)).getSingleResult();
        long started = ((Number) counts[0]).longValue();
        long finished = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        TreeMap<Integer, Long> scores = new TreeMap<>();
        filter.bind(em.createQuery("select " + SCORE + ", count(a) from Attempt a where " + where
                + " and a.answeredCount > 0 group by " + SCORE, Object[].class)).getResultList()
                .forEach(row -> scores.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        Double meanSeconds = filter.bind(em.createQuery("select avg((a.finishedAt - a.startedAt) by second) from Attempt a"
                + " where " + where + " and a.finishedAt is not null", Double.class)).getSingleResult();
        long scored = scores.values().stream().mapToLong(Long::longValue).sum();
        double mean = scored == 0 ? 0 : scores.entrySet().stream().mapToDouble(e -> e.getKey() * (double) e.getValue()).sum() / scored;
        int lo = percentile(scores, 27);
        int hi = percentile(scores, 73);
        List<SkillRow> skills = skills(filter);
        String weakest = skills.stream().filter(s -> s.answers() > 0).min((x, y) -> Integer.compare(x.percent(), y.percent()))
                .map(SkillRow::label).orElse(null);
        return new Report(filter.set().slug, filter.set().title, started, finished, mean, median(scores),
                meanSeconds == null ? 0 : meanSeconds, distribution(scores), skills, weakest, questions(filter, lo, hi));
    }

    /** The middle score, or the mean of the two middle ones. */
    static double median(TreeMap<Integer, Long> scores) {
        long total = scores.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return 0;
        }
        return (nth(scores, (total - 1) / 2) + nth(scores, total / 2)) / 2.0;
    }

    private static int nth(TreeMap<Integer, Long> scores, long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : scores.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        return scores.lastKey();
    }

    /** The smallest score at or below which {@code p} percent of attempts lie. */
    static int percentile(TreeMap<Integer, Long> scores, int p) {
        long total = scores.values().stream().mapToLong(Long::longValue).sum();
        long seen = 0;
        for (Map.Entry<Integer, Long> e : scores.entrySet()) {
            seen += e.getValue();
            if (seen * 100 >= total * p) {
                return e.getKey();
            }
        }
        return 0;
    }

    private static List<Bar> distribution(TreeMap<Integer, Long> scores) {
        long[] buckets = new long[10];
        scores.forEach((percent, n) -> buckets[Math.min(9, percent / 10)] += n);
        long max = java.util.Arrays.stream(buckets).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String label = i == 9 ? "90–100%" : (i * 10) + "–" + (i * 10 + 9) + "%";
            bars.add(new Bar(label, buckets[i], max == 0 ? 0 : (int) (160 * buckets[i] / max), i * 40));
        }
        return bars;
    }

    private List<SkillRow> skills(ReportFilter filter) {
        List<SkillRow> rows = new ArrayList<>();
        Map<Skill, long[]> bySkill = new HashMap<>();
        filter.bind(em.createQuery("select q.skill, count(r), sum(case when r.correct = true then 1 else 0 end)"
                + " from Response r join r.attempt a join r.question q where " + filter.where() + " group by q.skill",
                Object[].class)).getResultList()
                .forEach(row -> bySkill.put((Skill) row[0], new long[] {((Number) row[1]).longValue(),
                        row[2] == null ? 0 : ((Number) row[2]).longValue()}));
        for (Skill skill : Skill.values()) {
            long[] n = bySkill.get(skill);
            if (n != null) {
                int percent = (int) (100 * n[1] / n[0]);
                rows.add(new SkillRow(skill.label, n[0], n[1], percent, percent * 3, rows.size()));
            }
        }
        return rows;
    }

    private List<QuestionRow> questions(ReportFilter filter, int lo, int hi) {
        String where = filter.where();
        Map<Long, long[]> stats = new HashMap<>();
        filter.bind(em.createQuery("select r.question.id, count(r), sum(case when r.correct = true then 1 else 0 end),"
                + " sum(case when " + SCORE + " >= :hi then 1 else 0 end),"
                + " sum(case when " + SCORE + " >= :hi and r.correct = true then 1 else 0 end),"
                + " sum(case when " + SCORE + " <= :lo then 1 else 0 end),"
                + " sum(case when " + SCORE + " <= :lo and r.correct = true then 1 else 0 end)"
                + " from Response r join r.attempt a where " + where + " group by r.question.id", Object[].class)
                .setParameter("hi", hi).setParameter("lo", lo)).getResultList()
                .forEach(row -> {
                    long[] values = new long[6];
                    for (int i = 0; i < 6; i++) {
                        values[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
                    }
                    stats.put((Long) row[0], values);
                });
        Map<Long, Map<Integer, Long>> choices = new HashMap<>();
        Map<Long, Map<Integer, Long>> topChoices = new HashMap<>();
        filter.bind(em.createQuery("select r.question.id, r.choice, count(r), sum(case when " + SCORE
                + " >= :hi then 1 else 0 end) from Response r join r.attempt a where " + where
                + " group by r.question.id, r.choice", Object[].class).setParameter("hi", hi)).getResultList()
                .forEach(row -> {
                    choices.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Integer) row[1], ((Number) row[2]).longValue());
                    topChoices.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Integer) row[1],
                            row[3] == null ? 0 : ((Number) row[3]).longValue());
                });
        List<QuestionRow> rows = new ArrayList<>();
        for (Question q : Question.<Question>list("quizSet = ?1 order by retired, position, version", filter.set())) {
            long[] s = stats.get(q.id);
            if (s == null && q.retired) {
                continue;
            }
            long answers = s == null ? 0 : s[0];
            int facility = answers == 0 ? 0 : (int) (100 * s[1] / answers);
            Double index = s == null || s[2] == 0 || s[4] == 0 ? null : (double) s[3] / s[2] - (double) s[5] / s[4];
            List<OptionCount> options = new ArrayList<>();
            Map<Integer, Long> chosen = choices.getOrDefault(q.id, Map.of());
            for (int i = 0; i < q.options.size(); i++) {
                options.add(new OptionCount(q.options.get(i), i == q.answerIndex, chosen.getOrDefault(i, 0L)));
            }
            rows.add(new QuestionRow(q.id, q.prompt, q.skill.label, answers, facility,
                    index == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", index),
                    options, s == null || s[2] < MIN_GROUP ? null : flagText(q, index, topChoices.getOrDefault(q.id, Map.of()))));
        }
        return rows;
    }

    /** A question that strong learners get wrong more than weak ones, or where they favour a distractor. */
    private static String flagText(Question q, Double index, Map<Integer, Long> top) {
        long keyByTop = top.getOrDefault(q.answerIndex, 0L);
        boolean distractorFavoured = top.entrySet().stream().anyMatch(e -> e.getKey() != q.answerIndex && e.getValue() > keyByTop);
        if (distractorFavoured) {
            return "Check this key: strong learners chose another option more often";
        }
        if (index != null && index < 0) {
            return "Check this question: weaker learners did better than stronger ones";
        }
        return null;
    }
}
