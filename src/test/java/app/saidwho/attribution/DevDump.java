package app.saidwho.attribution;

import app.saidwho.attribution.brat.BratAttribution;
import java.util.List;

/** Prints gold and predicted attributions of one article side by side for error analysis. */
final class DevDump {
    private DevDump() {
    }

    static void print(String name, String text, List<BratAttribution> gold, List<Attribution> predicted) {
        System.out.println("=== " + name);
        for (BratAttribution g : gold) {
            boolean found = predicted.stream().anyMatch(p -> p.content().overlaps(g.contentOuter()));
            System.out.printf("%s GOLD [%s] <%s> %s%n", found ? "  " : "MISS", g.source() == null ? "-" : g.source().text(text),
                    g.cue() == null ? "-" : g.cue().text(text), clip(g.contentOuter().text(text)));
        }
        for (Attribution p : predicted) {
            boolean found = gold.stream().anyMatch(g -> g.contentOuter().overlaps(p.content()));
            System.out.printf("%s PRED [%s=%s] <%s> %s  {%s}%n", found ? "  " : "FALSE",
                    p.source() == null ? "-" : p.source().span().text(text), p.source() == null ? "-" : p.source().name(),
                    p.cue() == null ? "-" : p.cue().span().text(text), clip(p.content().text(text)), p.rule());
        }
    }

    /** Direct-subset predictions that no gold quote overlaps, or that share a gold quote with another. */
    static void directErrors(String text, List<BratAttribution> gold, List<Attribution> predicted) {
        List<BratAttribution> goldDirect = gold.stream()
                .filter(g -> app.saidwho.attribution.brat.Evaluation.isDirect(text, g.contentOuter())).toList();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Attribution p : predicted) {
            if (!app.saidwho.attribution.brat.Evaluation.isDirect(text, p.content())) {
                continue;
            }
            int hit = -1;
            for (int i = 0; i < goldDirect.size(); i++) {
                if (goldDirect.get(i).contentOuter().overlaps(p.content())) {
                    hit = i;
                    break;
                }
            }
            String verdict = hit < 0 ? "DNOGOLD" : taken.add(hit) ? "DOK" : "DDUP";
            if (verdict.equals("DOK") && goldDirect.get(hit).source() != null && p.source() != null
                    && !goldDirect.get(hit).source().overlaps(p.source().span())) {
                verdict = "DSRCERR gold=" + goldDirect.get(hit).source().text(text) + " ";
            }
            System.out.printf("%s {%s} [%s] %s%n", verdict, p.rule(), p.source() == null ? "-" : p.source().span().text(text), clip(p.content().text(text)));
        }
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 110 ? one.substring(0, 107) + "..." : one;
    }
}
