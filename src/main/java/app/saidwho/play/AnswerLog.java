package app.saidwho.play;

import java.util.ArrayList;
import java.util.List;

/**
 * The answers of one attempt in one string, as stored in {@code attempt.answer_log}: for each answer in
 * the order given {@code questionId:choice:1;} (1 right, 0 wrong). Written from the attempt's plan with
 * every answer; read by the reports, which then need no join over all responses.
 */
public final class AnswerLog {
    /** One answer of the log. */
    public record Entry(long questionId, int choice, boolean correct) {
    }

    private AnswerLog() {
    }

    /** The log of the plan's answers followed by one more. */
    static String of(AttemptPlan plan, long questionId, int choice, boolean correct) {
        StringBuilder log = new StringBuilder();
        for (AttemptPlan.Step step : plan.steps()) {
            if (step.answered()) {
                append(log, step.questionId(), step.answer().choice(), step.answer().correct());
            }
        }
        return append(log, questionId, choice, correct).toString();
    }

    /** The log of stored answers in the order given (after a teacher scores a written one, say). */
    public static String of(List<Response> stored) {
        StringBuilder log = new StringBuilder();
        stored.forEach(r -> append(log, r.question.id, r.choice, r.correct));
        return log.toString();
    }

    public static StringBuilder append(StringBuilder log, long questionId, int choice, boolean correct) {
        return log.append(questionId).append(':').append(choice).append(':').append(correct ? '1' : '0').append(';');
    }

    public static List<Entry> parse(String log) {
        List<Entry> entries = new ArrayList<>();
        each(log, (questionId, choice, correct) -> entries.add(new Entry(questionId, choice, correct)));
        return entries;
    }

    /** Receives the answers of a log one by one. */
    @FunctionalInterface
    public interface Visitor {
        void answer(long questionId, int choice, boolean correct);
    }

    /** Each answer of the log in order, without building a list: a report reads 10,000 logs at a time. */
    public static void each(String log, Visitor visitor) {
        int at = 0;
        while (at < log.length()) {
            int colon = log.indexOf(':', at);
            int second = log.indexOf(':', colon + 1);
            int end = log.indexOf(';', second + 1);
            visitor.answer(Long.parseLong(log, at, colon, 10), Integer.parseInt(log, colon + 1, second, 10),
                    log.charAt(second + 1) == '1');
            at = end + 1;
        }
    }
}
