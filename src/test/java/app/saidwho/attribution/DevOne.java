package app.saidwho.attribution;

/** Prints tokens, tags and attributions for one text given on the command line. */
public final class DevOne {
    public static void main(String[] args) {
        String text = String.join(" ", args).replace("\\n", "\n");
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(BoilerplateDetector.fromResource());
        for (Sentence s : analyzer.analyze(text).sentences()) {
            StringBuilder line = new StringBuilder();
            s.tokens().forEach(t -> line.append(t.text()).append('/').append(t.tag()).append(' '));
            System.out.println(line);
        }
        AttributionResult result = AttributionEngine.standard().analyse(text);
        for (Attribution a : result.attributions()) {
            System.out.printf("[%s=%s %s] <%s> %s %s %s {%s} parent=%d%n",
                    a.source() == null ? "-" : a.source().span().text(text), a.source() == null ? "-" : a.source().name(),
                    a.source() == null ? "-" : a.source().type(), a.cue() == null ? "-" : a.cue().span().text(text),
                    a.content().text(text), a.kind(), a.channel(), a.rule(), a.parent());
        }
        result.unattributed().forEach(u -> System.out.println("UNATTRIBUTED: " + u.text(text)));
    }
}
