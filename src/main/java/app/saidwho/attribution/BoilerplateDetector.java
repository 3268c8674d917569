package app.saidwho.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises whole paragraphs of page furniture ("More From This Section") from patterns in a resource file. */
public final class BoilerplateDetector {
    private final List<Pattern> patterns;

    public BoilerplateDetector(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static BoilerplateDetector fromResource() {
        List<Pattern> patterns = new ArrayList<>();
        try (InputStream in = BoilerplateDetector.class.getResourceAsStream("/attribution/boilerplate.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    patterns.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BoilerplateDetector(patterns);
    }

    public boolean isBoilerplate(String paragraph) {
        String line = paragraph.strip();
        return patterns.stream().anyMatch(p -> p.matcher(line).matches());
    }
}
