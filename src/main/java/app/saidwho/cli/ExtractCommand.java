package app.saidwho.cli;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.brat.BratWriter;
import app.saidwho.attribution.brat.Corpus;
import app.saidwho.attribution.json.AttributionJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code extract --in DIR --out DIR}: a brat .ann and an API-format .json for every DIR/*.txt. */
@Dependent
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Finds the attributions of every .txt article in a folder; writes NAME.ann and NAME.json.")
public class ExtractCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, description = "folder of UTF-8 .txt articles")
    Path in;

    @Option(names = "--out", required = true, description = "folder for the .ann and .json files (created)")
    Path out;

    private final AttributionEngine engine;
    private final ObjectMapper json;

    ExtractCommand(AttributionEngine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(in)) {
            System.err.println("No such folder: " + in);
            return 2;
        }
        Files.createDirectories(out);
        int count = 0;
        for (Path file : Corpus.list(in, ".txt")) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            AttributionResult result = engine.analyse(Files.readString(file, StandardCharsets.UTF_8));
            Files.writeString(out.resolve(name + ".ann"), BratWriter.write(result), StandardCharsets.UTF_8);
            json.writerWithDefaultPrettyPrinter().writeValue(out.resolve(name + ".json").toFile(), AttributionJson.of(result));
            count++;
        }
        System.out.printf("%d article(s) from %s: .ann and .json written to %s%n", count, in, out);
        return 0;
    }
}
