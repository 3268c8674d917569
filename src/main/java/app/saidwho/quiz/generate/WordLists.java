package app.saidwho.quiz.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The generator's word lists under resources/quiz: one entry a line, blank lines and "#" comments skipped. */
final class WordLists {
    private WordLists() {
    }

    static List<String> lines(String resource) {
        return allLines(resource).stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Every line of the list, stripped, comments and section headings ("## verb") included. */
    static List<String> allLines(String resource) {
        try (var in = WordLists.class.getResourceAsStream(resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
