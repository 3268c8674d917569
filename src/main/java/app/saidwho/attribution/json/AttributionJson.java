package app.saidwho.attribution.json;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.CharSpan;
import java.util.List;

/**
 * The JSON form of an attribution result, as {@code POST /api/v1/attributions} and {@code extract} write it:
 * plain records for any JSON library; offsets are UTF-16 indices, end exclusive.
 */
public record AttributionJson(List<Item> attributions, List<Span> unattributed, List<Span> boilerplate) {

    public record Span(int start, int end, String text) {
        public static Span of(CharSpan span, String text) {
            return new Span(span.start(), span.end(), span.text(text));
        }
    }

    public record Source(int start, int end, String text, String name, String type) {
    }

    public record Cue(int start, int end, String text, String lemma, String stance) {
    }

    public record Item(Source source, Cue cue, Span content, String kind, String channel, Integer parent, String rule,
                       String confidence) {
    }

    public static AttributionJson of(AttributionResult result) {
        String text = result.text();
        List<Item> items = result.attributions().stream().map(a -> item(a, text)).toList();
        return new AttributionJson(items, spans(result.unattributed(), text), spans(result.boilerplate(), text));
    }

    private static Item item(Attribution a, String text) {
        Source source = a.source() == null ? null : new Source(a.source().span().start(), a.source().span().end(),
                a.source().span().text(text), a.source().name(), a.source().type().name());
        Cue cue = a.cue() == null ? null : new Cue(a.cue().span().start(), a.cue().span().end(),
                a.cue().span().text(text), a.cue().lemma(), a.cue().stance().name());
        return new Item(source, cue, Span.of(a.content(), text), a.kind().name(),
                a.channel() == null ? null : a.channel().name(), a.parent() < 0 ? null : a.parent(), a.ruleName(),
                a.confidence().name());
    }

    private static List<Span> spans(List<CharSpan> spans, String text) {
        return spans.stream().map(s -> Span.of(s, text)).toList();
    }
}
