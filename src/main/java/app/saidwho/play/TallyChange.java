package app.saidwho.play;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What finished attempts add to their set's report tallies ({@link AnswerTallies}): answers and right ones per
 * question, option and attempt score, and attempts and seconds taken per score. An unfinished attempt adds
 * nothing: the tallies serve the report's default view, finished attempts only (decision 63). A change is
 * built from an attempt's state before it changes (withdrawn) and after (added), so it holds the difference.
 */
public final class TallyChange {
    /** The score bucket of a finished attempt without a single answer: counted, but in no score. */
    public static final int NO_ANSWERS = -1;

    record AnswerKey(long questionId, int choice, int score) {
    }

    final long setId;
    /** Per question, option and score: answers [0] and right ones [1]. */
    final Map<AnswerKey, long[]> answers = new HashMap<>();
    /** Per score: attempts [0] and seconds taken [1]. */
    final Map<Integer, long[]> scores = new HashMap<>();

    private TallyChange(long setId) {
        this.setId = setId;
    }

    /** A change that starts by taking the attempt out as it is now (nothing when unfinished). */
    public static TallyChange withdrawing(Attempt attempt) {
        return new TallyChange(attempt.quizSet.id).withdraw(attempt);
    }

    /** A change that adds the attempt as it is now (nothing when unfinished). */
    public static TallyChange adding(Attempt attempt) {
        return new TallyChange(attempt.quizSet.id).add(attempt);
    }

    public TallyChange withdraw(Attempt attempt) {
        return count(attempt, -1);
    }

    /** Adds the attempt as it is now (nothing when unfinished). */
    public TallyChange add(Attempt attempt) {
        return count(attempt, 1);
    }

    /** Whole seconds from start to finish, the same on every database and in the scan of the attempts. */
    public static long seconds(Instant startedAt, Instant finishedAt) {
        return Duration.between(startedAt, finishedAt).getSeconds();
    }

    /** The attempt's score bucket: its whole percent right, or {@link #NO_ANSWERS}. */
    public static int score(int correct, int answered) {
        return answered == 0 ? NO_ANSWERS : Percent.of(correct, answered);
    }

    boolean isEmpty() {
        return answers.values().stream().allMatch(TallyChange::zero) && scores.values().stream().allMatch(TallyChange::zero);
    }

    static boolean zero(long[] counts) {
        return counts[0] == 0 && counts[1] == 0;
    }

    private TallyChange count(Attempt attempt, int sign) {
        if (attempt.finishedAt == null) {
            return this;
        }
        int score = score(attempt.correctCount, attempt.answeredCount);
        merge(scores, score, sign, sign * seconds(attempt.startedAt, attempt.finishedAt));
        if (attempt.answeredCount > 0) {
            for (AnswerLog.Entry e : answersOf(attempt)) {
                merge(answers, new AnswerKey(e.questionId(), e.choice(), score), sign, e.correct() ? sign : 0);
            }
        }
        return this;
    }

    /** The attempt's answers: its log, or its stored responses for one from before the logs (V30) or seeded. */
    private static List<AnswerLog.Entry> answersOf(Attempt attempt) {
        String log = attempt.answerLog != null ? attempt.answerLog : AnswerLog.of(Response.listFor(attempt));
        return AnswerLog.parse(log);
    }

    private static <K> void merge(Map<K, long[]> into, K key, long first, long second) {
        long[] counts = into.computeIfAbsent(key, k -> new long[2]);
        counts[0] += first;
        counts[1] += second;
    }
}
