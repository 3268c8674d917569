package app.saidwho.attribution.brat;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.CharSpan;
import java.nio.file.Path;
import java.util.List;

/**
 * Error analysis for the confidence levels and spans: {@code ConfidenceAudit DIR [all]} prints one
 * tab-separated line per predicted direct quote (every attribution with {@code all}) matched to a gold
 * attribution (with a source, unless {@code all}): article, offsets of content, source and cue, rule, how the
 * source was resolved, its name, uncertain, confidence, gold source span, right by name, right by span, kind,
 * cue lemma, source type, mention, gold content span; for grouping by pattern in a script. Use on train only.
 */
public final class ConfidenceAudit {
    public static void main(String[] args) throws Exception {
        AttributionEngine engine = AttributionEngine.standard();
        boolean all = args.length > 1 && args[1].equals("all");
        for (Corpus.Article article : Corpus.open(Path.of(args[0]))) {
            String text = article.readText();
            List<BratAttribution> gold = article.readGold();
            List<Attribution> predicted = engine.analyse(text).attributions();
            List<BratAttribution> goldDirect = gold.stream().filter(g -> all || Evaluation.isDirect(text, g.contentOuter())).toList();
            List<Attribution> predictedDirect = predicted.stream().filter(p -> all || Evaluation.isDirect(text, p.content())).toList();
            for (Evaluation.Match m : Evaluation.match(text, goldDirect, predictedDirect)) {
                if (all || m.gold().source() != null) {
                    print(article.name(), text, gold, m);
                }
            }
        }
    }

    private static void print(String name, String text, List<BratAttribution> gold, Evaluation.Match m) {
        Attribution p = m.predicted();
        boolean span = Evaluation.rightSpan(text, m.gold(), p);
        boolean byName = m.gold().source() != null && SourceNames.sameName(text, m.gold(), gold, p, span);
        System.out.println(String.join("\t", name, offsets(p.content()),
                p.source() == null ? "-\t-" : offsets(p.source().span()), p.cue() == null ? "-\t-" : offsets(p.cue().span()),
                p.ruleName(), p.source() == null ? "-" : p.source().resolvedBy(),
                p.source() == null || p.source().name() == null ? "-" : p.source().name(),
                String.valueOf(p.source() != null && p.source().uncertain()), p.confidence().name(),
                m.gold().source() == null ? "-\t-" : offsets(m.gold().source()), String.valueOf(byName), String.valueOf(span), p.kind().name(),
                p.cue() == null ? "-" : p.cue().lemma(), p.source() == null ? "-" : p.source().type().name(),
                p.source() == null ? "-" : p.source().span().text(text).replaceAll("\\s+", " "),
                offsets(m.gold().contentOuter())));
    }

    private static String offsets(CharSpan span) {
        return span.start() + "\t" + span.end();
    }
}
