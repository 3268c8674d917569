package app.saidwho.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** A person's grammatical gender as the article shows it, for matching "he" and "she" to the right name. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final Set<String> MALE_WORDS = Words.list("male-words");
    private static final Set<String> FEMALE_WORDS = Words.list("female-words");
    private static final Set<String> FEMALE_NAMES = load("female");
    private static final Set<String> MALE_NAMES = load("male");

    /** The gender a title or pronoun states ("Mrs.", "his"), or UNKNOWN. */
    static Gender ofWord(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return MALE_WORDS.contains(lower) ? MALE : FEMALE_WORDS.contains(lower) ? FEMALE : UNKNOWN;
    }

    /** The gender of a first name on exactly one of the shipped lists, or UNKNOWN. */
    static Gender ofFirstName(String name) {
        boolean female = FEMALE_NAMES.contains(name);
        boolean male = MALE_NAMES.contains(name);
        return female == male ? UNKNOWN : female ? FEMALE : MALE;
    }

    static boolean isFirstName(String name) {
        return FEMALE_NAMES.contains(name) || MALE_NAMES.contains(name);
    }

    /** A candidate of this gender may be the person a pronoun of the other means. */
    boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    private static Set<String> load(String which) {
        String resource = "/attribution/first-names-" + which + ".txt";
        Set<String> names = new HashSet<>();
        try (InputStream in = Gender.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
