package app.saidwho.attribution.brat;

import app.saidwho.attribution.CharSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads attributions from brat standoff: {@code T} lines are typed spans (pieces joined by ';'), {@code E}
 * lines tie Attribution, Content, Cue and Source together. Other lines (notes, continuation text) are skipped.
 */
public final class BratReader {
    private static final Pattern SPAN_LINE = Pattern.compile("^(T\\d+)\\t(\\w+) ([\\d ;]+)\\t?.*$");
    private static final Pattern EVENT_LINE = Pattern.compile("^(E\\d+)\\t(.*)$");

    private BratReader() {
    }

    public static List<BratAttribution> read(String ann) {
        Map<String, List<CharSpan>> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            Matcher span = SPAN_LINE.matcher(line);
            if (span.matches()) {
                spans.put(span.group(1), pieces(span.group(3)));
                continue;
            }
            Matcher event = EVENT_LINE.matcher(line);
            if (event.matches()) {
                events.add(event.group(2));
            }
        }
        List<BratAttribution> attributions = new ArrayList<>();
        for (String event : events) {
            Map<String, String> roles = new HashMap<>();
            for (String part : event.trim().split("\\s+")) {
                int colon = part.indexOf(':');
                if (colon > 0) {
                    roles.put(part.substring(0, colon), part.substring(colon + 1));
                }
            }
            List<CharSpan> content = spans.get(roles.get("Content"));
            if (content == null || content.isEmpty()) {
                continue;
            }
            attributions.add(new BratAttribution(content, outer(spans.get(roles.get("Source"))),
                    outer(spans.get(roles.get("Cue")))));
        }
        attributions.sort(Comparator.comparing(BratAttribution::contentOuter));
        return attributions;
    }

    private static List<CharSpan> pieces(String offsets) {
        List<CharSpan> pieces = new ArrayList<>();
        for (String piece : offsets.trim().split(";")) {
            String[] ends = piece.trim().split(" ");
            pieces.add(new CharSpan(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
        }
        pieces.sort(Comparator.naturalOrder());
        return pieces;
    }

    private static CharSpan outer(List<CharSpan> pieces) {
        return pieces == null || pieces.isEmpty() ? null
                : new CharSpan(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
    }
}
