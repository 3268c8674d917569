package app.saidwho.attribution.brat;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Span-level scores as sequence-labelling papers report them on PolNeAR: every Source, Cue and Content span
 * of the gold annotations against every one predicted, each kind on its own and independent of how spans
 * pair into attributions; a span counts when it is the same (trimmed), or, in the "start" measures, when it
 * starts at the same character. Gold content in several pieces gives one span a piece.
 */
final class SpanScores {
    private SpanScores() {
    }

    static void add(Evaluation evaluation, String text, List<BratAttribution> gold, List<Attribution> predicted) {
        score(evaluation, "source", text, spans(gold, g -> g.source() == null ? List.of() : List.of(g.source())),
                spans(predicted, p -> p.source() == null ? List.of() : List.of(p.source().span())));
        score(evaluation, "cue", text, spans(gold, g -> g.cue() == null ? List.of() : List.of(g.cue())),
                spans(predicted, p -> p.cue() == null ? List.of() : List.of(p.cue().span())));
        score(evaluation, "content", text, spans(gold, BratAttribution::content),
                spans(predicted, p -> List.of(p.content())));
    }

    private static <T> Set<CharSpan> spans(List<T> items, Function<T, List<CharSpan>> of) {
        Set<CharSpan> spans = new HashSet<>();
        items.forEach(item -> spans.addAll(of.apply(item)));
        return spans;
    }

    private static void score(Evaluation evaluation, String kind, String text, Set<CharSpan> gold, Set<CharSpan> predicted) {
        Set<CharSpan> goldTrimmed = trimmed(text, gold, s -> s);
        Set<CharSpan> predictedTrimmed = trimmed(text, predicted, s -> s);
        evaluation.get("span", kind + "-exact").add(shared(goldTrimmed, predictedTrimmed), predictedTrimmed.size(),
                goldTrimmed.size());
        Set<CharSpan> goldStarts = trimmed(text, gold, s -> new CharSpan(s.start(), s.start() + 1));
        Set<CharSpan> predictedStarts = trimmed(text, predicted, s -> new CharSpan(s.start(), s.start() + 1));
        evaluation.get("span", kind + "-start").add(shared(goldStarts, predictedStarts), predictedStarts.size(),
                goldStarts.size());
    }

    private static Set<CharSpan> trimmed(String text, Set<CharSpan> spans, Function<CharSpan, CharSpan> key) {
        Set<CharSpan> out = new HashSet<>();
        spans.stream().map(s -> s.trim(text)).filter(s -> !s.isEmpty()).map(key).filter(Objects::nonNull).forEach(out::add);
        return out;
    }

    private static int shared(Set<CharSpan> a, Set<CharSpan> b) {
        return (int) a.stream().filter(b::contains).count();
    }
}
