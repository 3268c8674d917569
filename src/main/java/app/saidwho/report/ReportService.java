package app.saidwho.report;

import app.saidwho.play.AnswerTallies;
import app.saidwho.play.Attempt;
import app.saidwho.play.Percent;
import app.saidwho.play.TallyChange;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.Skill;
import app.saidwho.report.Report.Bar;
import app.saidwho.report.Report.SkillRow;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Score reports. The default one (finished attempts of every date) comes from the report tallies
 * ({@link AnswerTallies}, kept with every finished attempt); any other filter from one read of the attempt
 * rows: attempts carry their running score and their answer log, so every figure comes from one row per
 * attempt ({@link AttemptTally}), never a join over all responses. Scores are whole percents under
 * {@link Percent}'s rule, the same as the learner pages and the CSV. A report computed from the rows is
 * reused until its fingerprint changes (any new attempt or answer changes the sum of answered counts; edits
 * bump the set's update time or its number of question versions).
 */
@ApplicationScoped
public class ReportService {
    /** Below this many answers from the strongest attempts, a flag would be noise. */
    static final int MIN_GROUP = 3;

    private final EntityManager em;
    /** Reports already computed, keyed by filter and a fingerprint that changes with every new answer. */
    private final Cache computed;
    private final AnswerTallies tallies;

    ReportService(EntityManager em, @CacheName("reports") Cache computed, AnswerTallies tallies) {
        this.em = em;
        this.computed = computed;
        this.tallies = tallies;
    }

    /**
     * The default report (finished attempts of every date) from the report tallies, kept with every finished
     * attempt: a few hundred rows, always current, so it needs no cache. A date range or unfinished attempts
     * are counted from the attempts themselves, and reused under their fingerprint.
     */
    @Transactional
    public Report report(ReportFilter filter) {
        if (filter.tallied()) {
            return compute(filter, tallied(filter.set()));
        }
        Object[] print = filter.bind(em.createQuery("select count(a), coalesce(sum(a.answeredCount), 0), max(a.startedAt)"
                + " from Attempt a where " + filter.where(), Object[].class)).getSingleResult();
        String key = filter.set().id + "|" + filter.set().updatedAt + "|" + filter.from() + "|" + filter.to() + "|"
                + filter.finishedOnly() + "|" + print[0] + "|" + print[1] + "|" + print[2] + "|"
                + Question.count("quizSet = ?1", filter.set());
        return computed.get(key, k -> compute(filter, scanned(filter, true))).await().indefinitely();
    }

    private AttemptTally tallied(QuizSet set) {
        AttemptTally tally = new AttemptTally();
        tally.started = Attempt.count("quizSet", set);
        tallies.scores(set.id).forEach(s -> tally.addTallied(s.score(), s.attempts(), s.seconds()));
        tallies.answers(set.id).forEach(a -> tally.addTallied(a.questionId(), a.choice(), a.score(), a.answers(), a.correct()));
        return tally;
    }

    private Report compute(ReportFilter filter, AttemptTally tally) {
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
    private AttemptTally scanned(ReportFilter filter, boolean fillMissing) {
        AttemptTally tally = new AttemptTally();
        try (Stream<Object[]> rows = filter.bind(em.createQuery("select a.finishedAt, a.startedAt,"
                + " a.correctCount, a.answeredCount, a.answerLog from Attempt a where " + filter.withUnfinished().where(),
                Object[].class)).setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            rows.forEach(row -> tally.add(row[0] != null, seconds(row), (Integer) row[2], (Integer) row[3],
                    (String) row[4], row[0] != null || !filter.finishedOnly()));
        }
        if (tally.logMissing && fillMissing) {
            MissingAnswerLogs.fill(em, filter.set());
            return scanned(filter, false); // an attempt whose responses are gone keeps no log: counted without answers
        }
        return tally;
    }

    /** The time taken by a finished attempt's row (finished, started …), by the tallies' rule; null when unfinished. */
    private static Long seconds(Object[] row) {
        return row[0] == null ? null : TallyChange.seconds((Instant) row[1], (Instant) row[0]);
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
