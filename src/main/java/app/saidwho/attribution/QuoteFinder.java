package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations with a small state machine over the quote marks, paragraph by paragraph. A paragraph
 * that opens a quote without closing it continues the quote when the next paragraph opens with a mark
 * (the newspaper convention); otherwise the quote ends with its paragraph.
 */
public final class QuoteFinder {

    public List<Quote> find(String text, List<CharSpan> paragraphs) {
        List<Quote> quotes = new ArrayList<>();
        boolean carried = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            CharSpan paragraph = paragraphs.get(p);
            int open = -1;
            boolean openCarried = false;
            for (int i = paragraph.start(); i < paragraph.end(); i++) {
                char c = text.charAt(i);
                boolean doubled = Quotes.isDoubledMark(text, i) && i + 1 < paragraph.end();
                if (!Quotes.isQuoteMark(c) && !doubled) {
                    continue;
                }
                int markEnd = doubled ? i + 2 : i + 1;
                boolean straight = c == '"' || doubled;
                if (open < 0) {
                    if (Quotes.opensOnly(c) || (straight && Quotes.straightOpens(text, i, markEnd))) {
                        open = i;
                        openCarried = carried && i == firstNonSpace(text, paragraph);
                    }
                } else if (!Quotes.opensOnly(c) || closesByContext(text, i, paragraph)) {
                    if (doubled && markEnd < paragraph.end() && text.charAt(markEnd) == '\'') {
                        // ",''' he said": the single quote inside closes first, the last two marks close the quote.
                        markEnd++;
                    }
                    quotes.add(new Quote(new CharSpan(open, markEnd), openCarried, false, true));
                    open = -1;
                }
                i = markEnd - 1;
            }
            carried = false;
            if (open >= 0) {
                boolean next = p + 1 < paragraphs.size() && opensWithMark(text, paragraphs.get(p + 1));
                CharSpan span = new CharSpan(open, paragraph.end()).trim(text);
                quotes.add(new Quote(span, openCarried, next, false));
                carried = next;
            }
        }
        return quotes;
    }

    /** "Apparently not,“ he said": an opening mark typed where the context can only close. */
    private static boolean closesByContext(String text, int at, CharSpan paragraph) {
        boolean afterEnd = at > paragraph.start() && ",.!?".indexOf(text.charAt(at - 1)) >= 0;
        boolean beforeSpace = at + 1 >= paragraph.end() || Character.isWhitespace(text.charAt(at + 1));
        return afterEnd && beforeSpace;
    }

    private static boolean opensWithMark(String text, CharSpan paragraph) {
        int first = firstNonSpace(text, paragraph);
        return first < paragraph.end() && (Quotes.isQuoteMark(text.charAt(first)) || Quotes.isDoubledMark(text, first))
                && !Quotes.closesOnly(text.charAt(first));
    }

    private static int firstNonSpace(String text, CharSpan span) {
        int i = span.start();
        while (i < span.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
