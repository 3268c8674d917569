package app.saidwho.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The attribution verbs and phrases of resources/attribution/cues.tsv, looked up by inflected form. */
public final class CueLexicon {

    /** How a cue behaves beyond its stance: the flags column of cues.tsv. */
    public enum Flag {
        QUOTE_ONLY, LABELLING, OBJECT_FIRST, NOUN_CONTENT;

        static Flag of(String column) {
            return valueOf(column.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One lexicon line. */
    public record Entry(String lemma, Stance stance, Channel channel, Set<Flag> flags) {
        public Entry(String lemma, Stance stance, Channel channel) {
            this(lemma, stance, channel, Set.of());
        }

        public boolean isPhrase() {
            return lemma.indexOf(' ') > 0;
        }

        public boolean has(Flag flag) {
            return flags.contains(flag);
        }
    }

    private final Map<String, Entry> byForm = new HashMap<>();
    private final List<Entry> phrases = new ArrayList<>();

    public static CueLexicon fromResource() {
        CueLexicon lexicon = new CueLexicon();
        try (InputStream in = CueLexicon.class.getResourceAsStream("/attribution/cues.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lexicon.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    private void add(String[] columns) {
        String lemma = columns[0].strip().toLowerCase(Locale.ROOT);
        Channel channel = columns.length > 2 && !columns[2].isBlank() && !"-".equals(columns[2].strip())
                ? Channel.valueOf(columns[2].strip()) : null;
        Entry entry = new Entry(lemma, Stance.valueOf(columns[1].strip()), channel, flags(columns));
        if (entry.isPhrase()) {
            phrases.add(entry);
            return;
        }
        for (String form : Inflections.regular(lemma)) {
            byForm.putIfAbsent(form, entry);
        }
        if (columns.length > 3 && !"-".equals(columns[3].strip())) {
            for (String form : columns[3].split(",")) {
                if (!form.isBlank()) {
                    byForm.put(form.strip().toLowerCase(Locale.ROOT), entry);
                }
            }
        }
    }

    private static Set<Flag> flags(String[] columns) {
        if (columns.length < 5 || "-".equals(columns[4].strip())) {
            return Set.of();
        }
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String flag : columns[4].split(",")) {
            flags.add(Flag.of(flag));
        }
        return Set.copyOf(flags);
    }

    /** The entry of a lemma ("say"), as the passes need it for a cue they supply themselves. */
    public Optional<Entry> byLemma(String lemma) {
        return byForm(lemma).filter(e -> e.lemma().equals(lemma));
    }

    public Optional<Entry> byForm(String word) {
        return Optional.ofNullable(byForm.get(word.toLowerCase(Locale.ROOT)));
    }

    public List<Entry> phrases() {
        return List.copyOf(phrases);
    }

    /** Regular English verb inflections, enough for the lexicon's lemmas. */
    static final class Inflections {
        private Inflections() {
        }

        static List<String> regular(String lemma) {
            List<String> forms = new ArrayList<>(List.of(lemma));
            boolean consonantY = lemma.endsWith("y") && lemma.length() > 1 && !isVowel(lemma.charAt(lemma.length() - 2));
            String stem = consonantY ? lemma.substring(0, lemma.length() - 1) : lemma;
            if (consonantY) {
                forms.add(stem + "ies");
                forms.add(stem + "ied");
            } else if (lemma.matches(".*(s|sh|ch|x|z|o)")) {
                forms.add(lemma + "es");
                forms.add(lemma + "ed");
            } else {
                forms.add(lemma + "s");
                forms.add(lemma.endsWith("e") ? lemma + "d" : lemma + "ed");
            }
            forms.add(lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) + "ing"
                    : lemma + "ing");
            return forms;
        }

        private static boolean isVowel(char c) {
            return "aeiou".indexOf(c) >= 0;
        }
    }
}
