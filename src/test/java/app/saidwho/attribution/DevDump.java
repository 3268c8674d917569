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

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 110 ? one.substring(0, 107) + "..." : one;
    }
}
