package app.saidwho.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

/** Serves the web app when started without arguments; otherwise runs a command (extract, eval, quiz-eval, explain, …) and exits. */
@QuarkusMain
public class Main implements QuarkusApplication {

    @Inject
    ExtractCommand extract;

    @Inject
    EvalCommand eval;

    @Inject
    ExplainCommand explain;

    @Inject
    QuizEvalCommand quizEval;

    @Inject
    SeedCommand seed;

    public static void main(String... args) {
        if (args.length > 0) {
            // A command must be able to run beside a server that already holds the port.
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return new CommandLine(new SaidWhoCommand())
                .addSubcommand("extract", extract)
                .addSubcommand("eval", eval)
                .addSubcommand("explain", explain)
                .addSubcommand("quiz-eval", quizEval)
                .addSubcommand("seed-attempts", seed)
                .execute(args);
    }

    /** The top command: only a home for the subcommands and their help. */
    @CommandLine.Command(name = "said-who", mixinStandardHelpOptions = true,
            description = "Said Who? Without a command, serves the web app.")
    static class SaidWhoCommand implements Runnable {
        @Override
        public void run() {
            new CommandLine(this).usage(System.out);
        }
    }
}
