package app.saidwho.quiz;

import app.saidwho.attribution.Paragraphs;
import java.util.List;

/** Splits an article body into paragraphs and cuts out the passage around a piece of evidence. */
public final class ArticleText {

    /** A paragraph with its offsets in the body (trimmed, end exclusive); boilerplate is page furniture, not story. */
    public record Paragraph(int start, int end, String text, boolean boilerplate) {
    }

    /** A passage in three parts so a page can highlight the middle one without raw HTML. */
    public record Passage(String before, String evidence, String after) {
    }

    private ArticleText() {
    }

    /** The body's paragraphs as the engine reads them ({@link Paragraphs}), each marked when it is boilerplate. */
    public static List<Paragraph> paragraphs(String body, List<String> boilerplate) {
        return Paragraphs.of(body).stream().map(span -> {
            String text = span.text(body);
            return new Paragraph(span.start(), span.end(), text, boilerplate.contains(text));
        }).toList();
    }

    /** The paragraph(s) holding the evidence, split around it; the evidence alone if the body lost it. */
    public static Passage passage(String body, int start, int end, String evidence) {
        if (start < 0 || end > body.length() || start > end || !body.substring(start, end).equals(evidence)) {
            start = body.indexOf(evidence);
            if (start < 0) {
                return new Passage("", evidence, "");
            }
            end = start + evidence.length();
        }
        int from = body.lastIndexOf('\n', start - 1) + 1;
        int to = body.indexOf('\n', end);
        to = to < 0 ? body.length() : to;
        return new Passage(body.substring(from, start).stripLeading(), body.substring(start, end),
                body.substring(end, to).stripTrailing());
    }
}
