package app.saidwho.report;

import app.saidwho.play.Percent;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.Skill;
import app.saidwho.report.Report.Bar;
import app.saidwho.report.Report.SkillRow;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Score reports from one read of the attempt rows: attempts carry their running score and their answer log,
 * so every figure comes from one row per attempt ({@link AttemptTally}), never a join over all responses. Scores are whole percents under
 * {@link Percent}'s rule, the same as the learner pages and the CSV.
 * A computed report is reused until its fingerprint changes (any new attempt or answer changes the sum of
 * answered counts; edits bump the set's update time or its number of question versions).
 */
@ApplicationScoped
public class ReportService {
    /** Below this many answers from the strongest attempts, a flag would be noise. */
    static final int MIN_GROUP = 3;

    private final EntityManager em;
    /** Reports already computed, keyed by filter and a fingerprint that changes with every new answer. */
    private final Cache computed;

    ReportService(EntityManager em, @CacheName("reports") Cache computed) {
        this.em = em;
        this.computed = computed;
    }

    @Transactional
    public Report report(ReportFilter filter) {
        Object[] print = filter.bind(em.createQuery("select count(a), coalesce(sum(a.answeredCount), 0), max(a.startedAt)"
                + " from Attempt a where " + filter.where(), Object[].class)).getSingleResult();
        String key = filter.set().id + "|" + filter.set().updatedAt + "|" + filter.from() + "|" + filter.to() + "|"
                + filter.finishedOnly() + "|" + print[0] + "|" + print[1] + "|" + print[2] + "|"
                + Question.count("quizSet = ?1", filter.set());
        return computed.get(key, k -> compute(filter)).await().indefinitely();
    }

    private Report compute(ReportFilter filter) {
        AttemptTally tally = tally(filter, true);
        TreeMap<Integer, Long> scores = tally.scores;
        long scored = scores.values().stream().mapToLong(Long::longValue).sum();
        double mean = scored == 0 ? 0 : scores.entrySet().stream().mapToDouble(e -> e.getKey() * (double) e.getValue()).sum() / scored;
        List<Question> questions = ItemAnalysis.questionsLearnersMeet(filter.set());
        Map<Long, Map<Integer, long[]>> counts = tally.counts(percentile(scores, 27), percentile(scores, 73));
        List<SkillRow> skills = skills(questions, counts);
        String weakest = skills.stream().filter(s -> s.answers() > 0).min((x, y) -> Integer.compare(x.percent(), y.percent()))
                .map(SkillRow::label).orElse(null);
        return new Report(filter.set().slug, filter.set().title, tally.started, tally.finished, mean, median(scores),
                tally.meanSeconds(), distribution(scores), skills, weakest,
                ItemAnalysis.rows(questions, counts), filter.finishedOnly());
    }

    /**
     * One read of every attempt in the date range (started and finished count them all; the statistics
     * only those the filter keeps). Attempts still without an answer log get theirs from their responses
     * first, and the pass runs again: once, the first time a report meets them.
     */
    private AttemptTally tally(ReportFilter filter, boolean fillMissing) {
        AttemptTally tally = new AttemptTally();
        try (Stream<Object[]> rows = filter.bind(em.createQuery("select a.finishedAt, (a.finishedAt - a.startedAt) by second,"
                + " a.correctCount, a.answeredCount, a.answerLog from Attempt a where " + filter.withUnfinished().where(),
                Object[].class)).setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            rows.forEach(row -> tally.add(row[0] != null, (Number) row[1], (Integer) row[2], (Integer) row[3],
                    (String) row[4], row[0] != null || !filter.finishedOnly()));
        }
        if (tally.logMissing && fillMissing) {
            MissingAnswerLogs.fill(em, filter.set());
            return tally(filter, false); // an attempt whose responses are gone keeps no log: counted without answers
        }
        return tally;
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

    static long[] total(Map<Integer, long[]> byChoice) {
        long[] sum = new long[6];
        byChoice.values().forEach(v -> {
            for (int i = 0; i < 6; i++) {
                sum[i] += v[i];
            }
        });
        return sum;
    }

    private static List<SkillRow> skills(List<Question> questions, Map<Long, Map<Integer, long[]>> counts) {
        Map<Skill, long[]> bySkill = new java.util.EnumMap<>(Skill.class);
        for (Question q : questions) {
            Map<Integer, long[]> c = counts.get(q.id);
            if (c != null) {
                long[] t = total(c);
                long[] s = bySkill.computeIfAbsent(q.skill, k -> new long[2]);
                s[0] += t[0];
                s[1] += t[1];
            }
        }
        List<SkillRow> rows = new ArrayList<>();
        bySkill.forEach((skill, n) -> {
            int percent = Percent.of(n[1], n[0]);
            rows.add(new SkillRow(skill.label, n[0], n[1], percent, percent * 3, rows.size()));
        });
        return rows;
    }
}
