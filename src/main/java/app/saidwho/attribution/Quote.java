package app.saidwho.attribution;

import java.util.List;

/**
 * A quotation: its span includes the marks. A quote that runs over paragraphs is one Quote per
 * paragraph, linked by the continues flags (the next paragraph re-opens it with a mark).
 */
public record Quote(CharSpan span, boolean continuesPrevious, boolean continuesNext, boolean closed) {

    public CharSpan inner(String text) {
        int start = span.start() + (Quotes.isDoubledMark(text, span.start()) ? 2 : Quotes.isQuoteMark(text.charAt(span.start())) ? 1 : 0);
        int end = span.end() - (closed && span.length() > 3 && text.startsWith("'''", span.end() - 3) ? 3
                : closed && span.length() > 2 && Quotes.isDoubledMark(text, span.end() - 2) ? 2
                : closed && span.length() > 1 && Quotes.isQuoteMark(text.charAt(span.end() - 1)) ? 1 : 0);
        return new CharSpan(start, Math.max(start, end));
    }

    /** A token strictly inside one of the quotations (not on its marks). */
    static boolean anyEncloses(List<Quote> quotes, Token token) {
        return quotes.stream().anyMatch(q -> q.span().start() < token.span().start() && token.span().end() < q.span().end());
    }

    public int wordCount(String text) {
        String inner = inner(text).text(text).trim();
        return inner.isEmpty() ? 0 : inner.split("\\s+").length;
    }
}
