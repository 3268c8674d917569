package app.saidwho.cli;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.Sentence;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code explain "TEXT"}: the tokens and tags the engine reads, and the attributions it finds, for one text. */
@Dependent
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints the tokens, tags and attributions of a short text (\\n in the text starts a paragraph).")
public class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "the text, as one or more words")
    List<String> words;

    private final AttributionEngine engine;

    ExplainCommand(AttributionEngine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() {
        String text = String.join(" ", words).replace("\\n", "\n");
        for (Sentence s : engine.analyzeText(text).sentences()) {
            StringBuilder line = new StringBuilder();
            s.tokens().forEach(t -> line.append(t.text()).append('/').append(t.tag()).append(' '));
            System.out.println(line.toString().strip());
        }
        AttributionResult result = engine.analyse(text);
        result.attributions().forEach(a -> System.out.println(describe(a, text)));
        result.unattributed().forEach(u -> System.out.println("UNATTRIBUTED: " + u.text(text)));
        return 0;
    }

    private static String describe(Attribution a, String text) {
        String source = a.source() == null ? "-" : a.source().span().text(text) + "=" + a.source().name() + " "
                + a.source().type();
        String cue = a.cue() == null ? "-" : a.cue().span().text(text);
        return String.format("[%s] <%s> %s %s %s {%s} %s parent=%d", source, cue, a.content().text(text), a.kind(),
                a.channel(), a.ruleName(), a.confidence(), a.parent());
    }
}
