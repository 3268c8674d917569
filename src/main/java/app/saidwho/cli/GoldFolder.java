package app.saidwho.cli;

import app.saidwho.attribution.brat.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The {@code --gold} folder of {@code eval} and {@code quiz-eval}: its annotated articles, or a message why not. */
final class GoldFolder {
    private GoldFolder() {
    }

    static Optional<List<Corpus.Article>> articles(Path gold) throws IOException {
        if (!Files.isDirectory(gold)) {
            System.err.println("No such folder: " + gold);
            return Optional.empty();
        }
        return Optional.of(Corpus.open(gold));
    }
}
