package app.saidwho.attribution.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of articles with brat annotations: either the PolNeAR layout ({@code text/NAME.txt},
 * {@code attributions/NAME_ANNOTATOR.ann}, the first in sorted order taken) or a flat one
 * ({@code NAME.txt} beside {@code NAME.ann}).
 */
public final class Corpus {

    /** One article and its annotation file. */
    public record Article(String name, Path text, Path annotations) {
        public String readText() throws IOException {
            return Files.readString(text, StandardCharsets.UTF_8);
        }

        public List<BratAttribution> readGold() throws IOException {
            return BratReader.read(Files.readString(annotations, StandardCharsets.UTF_8));
        }
    }

    private Corpus() {
    }

    public static List<Article> open(Path dir) throws IOException {
        boolean polnear = Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
        Path textDir = polnear ? dir.resolve("text") : dir;
        Path annDir = polnear ? dir.resolve("attributions") : dir;
        List<Path> annotations = list(annDir, ".ann");
        List<Article> articles = new ArrayList<>();
        for (Path text : list(textDir, ".txt")) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            Optional<Path> ann = polnear
                    ? annotations.stream().filter(p -> isAnnotationOf(p, name)).findFirst()
                    : Optional.of(annDir.resolve(name + ".ann")).filter(Files::isRegularFile);
            ann.ifPresent(a -> articles.add(new Article(name, text, a)));
        }
        return articles;
    }

    private static boolean isAnnotationOf(Path ann, String name) {
        String file = ann.getFileName().toString();
        return file.startsWith(name + "_") && file.indexOf('_', name.length() + 1) < 0;
    }

    public static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
