package app.saidwho.quiz.generate;

import java.util.regex.Pattern;

/** Counting sentences between two places of the article, for explanations and the pronoun check. */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?][”\"’']?\\s");

    private Sentences() {
    }

    /** How many sentence ends lie between {@code from} and {@code to}. */
    static long endsBetween(String text, int from, int to) {
        return END.matcher(text).region(from, to).results().count();
    }
}
