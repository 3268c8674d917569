package app.saidwho.teach;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.CharSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The article cut into styled pieces (source, cue, content) per paragraph, and who said what. */
public final class HighlightedArticle {

    /** A run of text and what it is: "source", "cue", "content" or "" for plain text. */
    public record Piece(String text, String kind) {
    }

    /** One source and what the article attributes to it. */
    public record Speaker(String name, String type, List<String> statements, List<String> cues, List<String> channels) {
    }

    private HighlightedArticle() {
    }

    public static List<List<Piece>> paragraphs(AttributionResult result) {
        String text = result.text();
        String[] kinds = new String[text.length()];
        for (Attribution a : result.attributions()) {
            mark(kinds, a.content(), "content");
            if (a.cue() != null) {
                mark(kinds, a.cue().span(), "cue");
            }
            if (a.source() != null) {
                mark(kinds, a.source().span(), "source");
            }
        }
        List<List<Piece>> paragraphs = new ArrayList<>();
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            if (end == text.length() || text.charAt(end) == '\n') {
                if (!text.substring(start, end).isBlank()) {
                    paragraphs.add(pieces(text, kinds, start, end));
                }
                start = end + 1;
            }
        }
        return paragraphs;
    }

    private static void mark(String[] kinds, CharSpan span, String kind) {
        for (int i = span.start(); i < span.end() && i < kinds.length; i++) {
            if (!"source".equals(kinds[i]) && !("cue".equals(kinds[i]) && kind.equals("content"))) {
                kinds[i] = kind;
            }
        }
    }

    private static List<Piece> pieces(String text, String[] kinds, int start, int end) {
        List<Piece> pieces = new ArrayList<>();
        int runStart = start;
        for (int i = start + 1; i <= end; i++) {
            String kind = kinds[runStart] == null ? "" : kinds[runStart];
            String next = i < end && kinds[i] != null ? kinds[i] : "";
            if (i == end || !next.equals(kind)) {
                pieces.add(new Piece(text.substring(runStart, i), kind));
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
