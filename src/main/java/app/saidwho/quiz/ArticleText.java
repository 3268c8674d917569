package app.saidwho.quiz;

import java.util.ArrayList;
import java.util.List;

/** Splits an article body into paragraphs and cuts out the passage around a piece of evidence. */
public final class ArticleText {

    /** A paragraph with its offsets in the body; boilerplate is page furniture, not story. */
    public record Paragraph(int start, int end, String text, boolean boilerplate) {
    }

    /** A passage in three parts so a page can highlight the middle one without raw HTML. */
    public record Passage(String before, String evidence, String after) {
    }

    private ArticleText() {
    }

    public static List<Paragraph> paragraphs(String body, List<String> boilerplate) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int newline = body.indexOf('\n', start);
            int end = newline < 0 ? body.length() : newline;
            String text = body.substring(start, end).strip();
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(start, end, text, boilerplate.contains(text)));
            }
            start = end + 1;
        }
        return paragraphs;
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
