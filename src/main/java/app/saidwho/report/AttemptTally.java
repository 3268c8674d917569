package app.saidwho.report;

import app.saidwho.play.AnswerLog;
import app.saidwho.play.Percent;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every figure of a report from one pass over its attempt rows (issue 16): the started and finished counts,
 * the scores, the mean time and the answers per question and option. One read of the attempts replaces the
 * five grouped queries and the stream of answer logs the report ran before, each a scan of every attempt.
 * Answers are counted per attempt score (0–100) because the strongest and weakest groups are known only
 * once every score is in; {@link #counts(int, int)} folds them into the groups afterwards.
 */
final class AttemptTally {
    private static final int SCORES = 101;

    long started;
    long finished;
    /** Attempts with at least one answer per score. */
    final TreeMap<Integer, Long> scores = new TreeMap<>();
    private double secondsSum;
    private long secondsCount;
    /** Per question and option: answers at [2 × score] and right ones at [2 × score + 1]. */
    private final Map<Long, Map<Integer, long[]>> byScore = new HashMap<>();
    /** An answered attempt without its answer log (written before V30, or seeded): the caller fills it in. */
    boolean logMissing;

    /**
     * One attempt of the date range; {@code inStatistics} says whether the filter counts it beyond the
     * started and finished figures (finished only, by default).
     */
    void add(boolean isFinished, Long seconds, int correct, int answered, String log, boolean inStatistics) {
        started++;
        finished += isFinished ? 1 : 0;
        if (!inStatistics) {
            return;
        }
        if (seconds != null) {
            secondsSum += seconds;
            secondsCount++;
        }
        if (answered == 0) {
            return;
        }
        int score = Percent.of(correct, answered);
        scores.merge(score, 1L, Long::sum);
        if (log == null) {
            logMissing = true;
            return;
        }
        AnswerLog.each(log, (questionId, choice, right) -> {
            long[] v = byScore.computeIfAbsent(questionId, k -> new HashMap<>())
                    .computeIfAbsent(choice, k -> new long[2 * SCORES]);
            v[2 * score]++;
            v[2 * score + 1] += right ? 1 : 0;
        });
    }

    /**
     * One row of the score tally ({@code AnswerTallies}): {@code attempts} finished attempts of this score (or
     * {@code TallyChange.NO_ANSWERS}), taking {@code seconds} together. The started count is the caller's.
     */
    void addTallied(int score, long attempts, long seconds) {
        finished += attempts;
        secondsSum += seconds;
        secondsCount += attempts;
        if (score >= 0) {
            scores.merge(score, attempts, Long::sum);
        }
    }

    /** One row of the answer tally: answers to one option of one question by finished attempts of this score. */
    void addTallied(long questionId, int choice, int score, long answers, long correct) {
        long[] v = byScore.computeIfAbsent(questionId, k -> new HashMap<>()).computeIfAbsent(choice, k -> new long[2 * SCORES]);
        v[2 * score] += answers;
        v[2 * score + 1] += correct;
    }

    /** The mean time of the finished attempts counted, in seconds; 0 when there are none. */
    double meanSeconds() {
        return secondsCount == 0 ? 0 : secondsSum / secondsCount;
    }

    /**
     * Per question and option: answers and right ones, overall [0, 1], within the strongest attempts
     * (score at least {@code hi}) [2, 3] and within the weakest (score at most {@code lo}) [4, 5].
     */
    Map<Long, Map<Integer, long[]>> counts(int lo, int hi) {
        Map<Long, Map<Integer, long[]>> counts = new HashMap<>();
        byScore.forEach((question, byChoice) -> byChoice.forEach((choice, v) -> {
            long[] c = counts.computeIfAbsent(question, k -> new HashMap<>()).computeIfAbsent(choice, k -> new long[6]);
            for (int score = 0; score < SCORES; score++) {
                add(c, 0, v, score);
                if (score >= hi) {
                    add(c, 2, v, score);
                }
                if (score <= lo) {
                    add(c, 4, v, score);
                }
            }
        }));
        return counts;
    }

    private static void add(long[] into, int at, long[] byScore, int score) {
        into[at] += byScore[2 * score];
        into[at + 1] += byScore[2 * score + 1];
    }
}
