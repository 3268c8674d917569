package app.saidwho.attribution.brat;

import app.saidwho.attribution.Attribution;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Error analysis: gold and predicted attributions of one article side by side, then the direct-quote verdicts. */
public final class ErrorDump {
    private final PrintStream out;

    public ErrorDump(PrintStream out) {
        this.out = out;
    }

    public void print(String name, String text, List<BratAttribution> gold, List<Attribution> predicted) {
        out.println("=== " + name);
        for (BratAttribution g : gold) {
            boolean found = predicted.stream().anyMatch(p -> p.content().overlaps(g.contentOuter()));
            out.printf("%s GOLD [%s] <%s> %s%n", found ? "  " : "MISS", g.source() == null ? "-" : g.source().text(text),
                    g.cue() == null ? "-" : g.cue().text(text), clip(g.contentOuter().text(text)));
        }
        for (Attribution p : predicted) {
            boolean found = gold.stream().anyMatch(g -> g.contentOuter().overlaps(p.content()));
            out.printf("%s PRED [%s=%s] <%s> %s  {%s %s}%n", found ? "  " : "FALSE",
                    p.source() == null ? "-" : p.source().span().text(text), p.source() == null ? "-" : p.source().name(),
                    p.cue() == null ? "-" : p.cue().span().text(text), clip(p.content().text(text)), p.ruleName(),
                    p.confidence());
        }
        directErrors(text, gold, predicted);
    }

    /** Direct-subset predictions that no gold quote overlaps, that share a gold quote, or name another source. */
    private void directErrors(String text, List<BratAttribution> gold, List<Attribution> predicted) {
        List<BratAttribution> goldDirect = gold.stream().filter(g -> Evaluation.isDirect(text, g.contentOuter())).toList();
        Set<Integer> taken = new HashSet<>();
        for (Attribution p : predicted) {
            if (!Evaluation.isDirect(text, p.content())) {
                continue;
            }
            int hit = firstOverlapping(goldDirect, p);
            String verdict = hit < 0 ? "DNOGOLD" : taken.add(hit) ? "DOK" : "DDUP";
            if (verdict.equals("DOK") && goldDirect.get(hit).source() != null && p.source() != null
                    && !goldDirect.get(hit).source().overlaps(p.source().span())) {
                verdict = "DSRCERR gold=" + goldDirect.get(hit).source().text(text) + " ";
            }
            out.printf("%s {%s} [%s] %s%n", verdict, p.ruleName(), p.source() == null ? "-" : p.source().span().text(text),
                    clip(p.content().text(text)));
        }
    }

    private static int firstOverlapping(List<BratAttribution> gold, Attribution p) {
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).contentOuter().overlaps(p.content())) {
                return i;
            }
        }
        return -1;
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 110 ? one.substring(0, 107) + "..." : one;
    }
}
