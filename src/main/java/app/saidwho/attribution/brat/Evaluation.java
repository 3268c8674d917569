package app.saidwho.attribution.brat;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores predicted attributions against gold ones. Content matches by overlap (the spans share a
 * non-space character), one to one, largest overlap first; source and cue count as right on a matched
 * pair when their spans overlap. The direct-quote subset is content that holds quotation marks or is
 * enclosed by them, matched within the subset. The "span" measures score every span on its own
 * ({@link SpanScores}); each subset also keeps a {@link Calibration} of the confidence levels, by
 * span and by the name a source was resolved to ({@link SourceNames}).
 */
public final class Evaluation {
    private final Map<String, Scores> scores = new LinkedHashMap<>();
    private final Map<String, Calibration> calibrations = new LinkedHashMap<>();

    public Evaluation() {
        for (String subset : List.of("all", "direct")) {
            for (String measure : List.of("content", "content-exact", "source", "cue")) {
                scores.put(subset + "/" + measure, new Scores());
            }
            calibrations.put(subset, new Calibration());
        }
        for (String kind : List.of("source", "cue", "content")) {
            scores.put("span/" + kind + "-exact", new Scores());
            scores.put("span/" + kind + "-start", new Scores());
        }
    }

    public void add(String text, List<BratAttribution> gold, List<Attribution> predicted) {
        score("all", text, gold, predicted, gold);
        score("direct", text, gold.stream().filter(g -> isDirect(text, g.contentOuter())).toList(),
                predicted.stream().filter(p -> isDirect(text, p.content())).toList(), gold);
        SpanScores.add(this, text, gold, predicted);
    }

    /** How often each confidence level names the right source, in the subset "all" or "direct". */
    public Calibration calibration(String subset) {
        return calibrations.get(subset);
    }

    public Scores get(String subset, String measure) {
        return scores.get(subset + "/" + measure);
    }

    public Map<String, Scores> all() {
        return scores;
    }

    /** A gold attribution and the predicted one its content was matched to. */
    record Match(BratAttribution gold, Attribution predicted) {
    }

    /** Pairs gold and predicted content by overlap, one to one, largest overlap first. */
    static List<Match> match(String text, List<BratAttribution> gold, List<Attribution> predicted) {
        record Pair(int gold, int predicted, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int overlap = 0;
                for (CharSpan piece : gold.get(g).content()) {
                    overlap += sharedNonSpace(text, piece, predicted.get(p).content());
                }
                if (overlap > 0) {
                    pairs.add(new Pair(g, p, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        List<Match> matches = new ArrayList<>();
        for (Pair pair : pairs) {
            if (!goldUsed[pair.gold()] && !predictedUsed[pair.predicted()]) {
                goldUsed[pair.gold()] = true;
                predictedUsed[pair.predicted()] = true;
                matches.add(new Match(gold.get(pair.gold()), predicted.get(pair.predicted())));
            }
        }
        return matches;
    }

    /** Whether the predicted source span overlaps the gold one. */
    static boolean rightSpan(String text, BratAttribution g, Attribution p) {
        return g.source() != null && p.source() != null && sharedNonSpace(text, g.source(), p.source().span()) > 0;
    }

    /** {@code everyGold}: all gold attributions of the article, where a gold pronoun's named source is looked for. */
    private void score(String subset, String text, List<BratAttribution> gold, List<Attribution> predicted,
                       List<BratAttribution> everyGold) {
        List<Match> matches = match(text, gold, predicted);
        int exact = 0;
        int sources = 0;
        int cues = 0;
        for (Match m : matches) {
            BratAttribution g = m.gold();
            Attribution p = m.predicted();
            if (g.contentOuter().trim(text).equals(p.content().trim(text))) {
                exact++;
            }
            boolean rightSource = rightSpan(text, g, p);
            if (rightSource) {
                sources++;
            }
            if (g.source() != null) {
                calibrations.get(subset).add(p.confidence(), rightSource,
                        SourceNames.sameName(text, g, everyGold, p, rightSource));
            }
            if (g.cue() != null && p.cue() != null && sharedNonSpace(text, g.cue(), p.cue().span()) > 0) {
                cues++;
            }
        }
        get(subset, "content").add(matches.size(), predicted.size(), gold.size());
        get(subset, "content-exact").add(exact, predicted.size(), gold.size());
        get(subset, "source").add(sources, count(predicted, p -> p.source() != null), count(gold, g -> g.source() != null));
        get(subset, "cue").add(cues, count(predicted, p -> p.cue() != null), count(gold, g -> g.cue() != null));
    }

    private static <T> int count(List<T> items, Predicate<T> test) {
        return (int) items.stream().filter(test).count();
    }

    static int sharedNonSpace(String text, CharSpan a, CharSpan b) {
        int from = Math.max(a.start(), b.start());
        int to = Math.min(a.end(), b.end());
        int shared = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                shared++;
            }
        }
        return shared;
    }

    /** Content holding a quotation mark, or enclosed by marks just outside it. */
    public static boolean isDirect(String text, CharSpan content) {
        for (int i = content.start(); i < content.end(); i++) {
            if (isMark(text.charAt(i)) || text.startsWith("''", i)) {
                return true;
            }
        }
        int before = content.start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = content.end();
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return before >= 0 && (isMark(text.charAt(before)) || before > 0 && text.startsWith("''", before - 1))
                && after < text.length() && (isMark(text.charAt(after)) || text.startsWith("''", after));
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }
}
