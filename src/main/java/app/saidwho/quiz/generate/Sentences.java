package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import java.util.regex.Pattern;

/** Sentences of the article: counting them between two places, and the one holding a phrase. */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?][”\"’']?\\s");
    /** A full stop that ends a title or an initial, not a sentence ("Mr. Lopez", "U.S. troops", "J. Berg"). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|No|vs)"
            + "|(?:^|[\\s(])(?:\\p{Lu}\\.)*\\p{Lu})$");

    private Sentences() {
    }

    /** Where the sentence before the one holding {@code at} starts (or the article, when it is the first). */
    static int startOfSentenceBefore(String text, int at) {
        int from = Math.max(0, at - 1500);
        java.util.List<Integer> ends = END.matcher(text).region(from, at).results().map(r -> r.end()).toList();
        return ends.size() >= 2 ? ends.get(ends.size() - 2) : from;
    }

    /**
     * The sentence holding {@code at}: from the line start or the last sentence end before it to the next one (a
     * title's or an initial's full stop ends no sentence), within its line.
     */
    static CharSpan around(String text, CharSpan at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', at.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int start = lineStart;
        int end = lineEnd;
        java.util.regex.Matcher m = END.matcher(text).region(lineStart, lineEnd);
        while (m.find()) {
            if (ABBREVIATION.matcher(text.substring(Math.max(lineStart, m.start() - 6), m.start())).find()
                    || goesOn(text, m.end(), lineEnd)) {
                continue;
            }
            if (m.end() <= at.start()) {
                start = m.end();
            } else if (m.end() >= at.end()) { // the end at the span's own last mark, or the first after it
                end = m.end();
                break;
            }
        }
        return new CharSpan(start, end).trim(text);
    }

    /**
     * A sentence starts with a capital (news style spells out a number that would open one), so a mark followed by
     * a small letter or a digit ends none: "the Sept. 16 debate", "at 9 a.m. on Friday", "“Why?” she asked".
     */
    private static boolean goesOn(String text, int next, int lineEnd) {
        return next < lineEnd && (Character.isLowerCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
    }

    /** How many sentence ends lie between {@code from} and {@code to}. */
    static long endsBetween(String text, int from, int to) {
        return END.matcher(text).region(from, to).results().count();
    }
}
