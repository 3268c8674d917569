package app.saidwho.attribution.brat;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.CharSpan;

/** Writes an engine result as brat standoff, in the shape of the PolNeAR annotations. */
public final class BratWriter {
    private BratWriter() {
    }

    public static String write(AttributionResult result) {
        StringBuilder out = new StringBuilder();
        int t = 0;
        int e = 0;
        String text = result.text();
        for (Attribution a : result.attributions()) {
            StringBuilder event = new StringBuilder();
            String content = "T" + ++t;
            line(out, content, "Content", a.content(), text);
            if (a.cue() != null) {
                String attribution = "T" + ++t;
                line(out, attribution, "Attribution", a.cue().span(), text);
                String cue = "T" + ++t;
                line(out, cue, "Cue", a.cue().span(), text);
                event.append("Attribution:").append(attribution).append(' ');
                event.append("Content:").append(content).append(" Cue:").append(cue);
            } else {
                event.append("Content:").append(content);
            }
            if (a.source() != null) {
                String source = "T" + ++t;
                line(out, source, "Source", a.source().span(), text);
                event.append(" Source:").append(source);
            }
            out.append('E').append(++e).append('\t').append(event).append('\n');
        }
        for (CharSpan discard : result.boilerplate()) {
            line(out, "T" + ++t, "Discard", discard, text);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String id, String type, CharSpan span, String text) {
        out.append(id).append('\t').append(type).append(' ').append(span.start()).append(' ').append(span.end())
                .append('\t').append(span.text(text).replace('\n', ' ')).append('\n');
    }
}
