package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into paragraphs: one paragraph a line, blank lines and surrounding spaces left out. The
 * engine reads articles this way, so every page that shows an article by paragraph should split it here.
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    /** The paragraphs of a text: its non-blank lines, trimmed, in order. */
    public static List<CharSpan> of(String text) {
        List<CharSpan> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            CharSpan line = new CharSpan(start, end).trim(text);
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
            start = end + 1;
        }
        return paragraphs;
    }
}
