package app.saidwho.quiz.generate;

import java.util.regex.Pattern;

/** Counting sentences between two places of the article, for explanations and the pronoun check. */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?][”\"’']?\\s");

    private Sentences() {
    }

    /** Where the sentence before the one holding {@code at} starts (or the article, when it is the first). */
    static int startOfSentenceBefore(String text, int at) {
        int from = Math.max(0, at - 1500);
        java.util.List<Integer> ends = END.matcher(text).region(from, at).results().map(r -> r.end()).toList();
        return ends.size() >= 2 ? ends.get(ends.size() - 2) : from;
    }

    /** How many sentence ends lie between {@code from} and {@code to}. */
    static long endsBetween(String text, int from, int to) {
        return END.matcher(text).region(from, to).results().count();
    }
}
