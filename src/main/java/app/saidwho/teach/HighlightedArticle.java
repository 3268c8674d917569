package app.saidwho.teach;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Paragraphs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The article cut into styled pieces (source, cue, content) per paragraph, and who said what. */
public final class HighlightedArticle {

    /** What a run of the article is, in rising precedence: a source inside a quote is shown as the source. */
    public enum Highlight {
        CONTENT, CUE, SOURCE;

        /** The CSS class the review page marks it with. */
        public String cssClass() {
            return "hl-" + name().toLowerCase();
        }
    }

    /** A run of text and what it is; {@code kind} is null for plain text. */
    public record Piece(String text, Highlight kind) {
    }

    /** One source and what the article attributes to it. */
    public record Speaker(String name, String type, List<String> statements, List<String> cues, List<String> channels) {
    }

    private HighlightedArticle() {
    }

    public static List<List<Piece>> paragraphs(AttributionResult result) {
        String text = result.text();
        Highlight[] kinds = new Highlight[text.length()];
        for (Attribution a : result.attributions()) {
            mark(kinds, a.content(), Highlight.CONTENT);
            if (a.cue() != null) {
                mark(kinds, a.cue().span(), Highlight.CUE);
            }
            if (a.source() != null) {
                mark(kinds, a.source().span(), Highlight.SOURCE);
            }
        }
        return Paragraphs.of(text).stream().map(p -> pieces(text, kinds, p.start(), p.end())).toList();
    }

    private static void mark(Highlight[] kinds, CharSpan span, Highlight kind) {
        for (int i = span.start(); i < span.end() && i < kinds.length; i++) {
            if (kinds[i] == null || kind.compareTo(kinds[i]) >= 0) {
                kinds[i] = kind;
            }
        }
    }

    private static List<Piece> pieces(String text, Highlight[] kinds, int start, int end) {
        List<Piece> pieces = new ArrayList<>();
        int runStart = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || kinds[i] != kinds[runStart]) {
                pieces.add(new Piece(text.substring(runStart, i), kinds[runStart]));
                runStart = i;
            }
        }
        return pieces;
    }

    public static List<Speaker> speakers(AttributionResult result) {
        String text = result.text();
        Map<String, Speaker> byName = new LinkedHashMap<>();
        for (Attribution a : result.attributions()) {
            if (a.source() == null) {
                continue;
            }
            String name = a.source().name() != null ? a.source().name() : a.source().span().text(text);
            Speaker speaker = byName.computeIfAbsent(name, n -> new Speaker(n, a.source().type().name().toLowerCase(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            String content = a.content().text(text).replaceAll("\\s+", " ");
            speaker.statements().add(content.length() > 160 ? content.substring(0, 157) + "…" : content);
            if (a.cue() != null && !speaker.cues().contains(a.cue().span().text(text))) {
                speaker.cues().add(a.cue().span().text(text));
            }
            if (a.channel() != null && !speaker.channels().contains(a.channel().name().toLowerCase().replace('_', ' '))) {
                speaker.channels().add(a.channel().name().toLowerCase().replace('_', ' '));
            }
        }
        return List.copyOf(byName.values());
    }
}
