package app.saidwho.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists of resources/attribution/words.txt (titles, heads that mark kinds of source, what
 * stands between a subject and its cue, …), loaded once; each list is documented in that file.
 */
final class Words {
    private static final Map<String, Set<String>> LISTS = load("/attribution/words.txt");

    static final Set<String> PRONOUNS = list("pronouns");
    static final Set<String> PERSON_PRONOUNS = list("person-pronouns");
    static final Set<String> TITLES = list("titles");
    static final Set<String> PERSONAL_TITLES = list("personal-titles");
    static final Set<String> ORGANISATION_WORDS = list("organisation-words");
    static final Set<String> ORGANISATION_HEADS = list("organisation-heads");
    static final Set<String> ANONYMOUS_HEADS = list("anonymous-heads");
    static final Set<String> VAGUE_HEADS = list("vague-heads");
    static final Set<String> RELATIVE_PRONOUNS = list("relative-pronouns");
    static final Set<String> NOT_SUBJECTS = list("not-subjects");
    static final Set<String> PERSON_ADJECTIVES = list("person-adjectives");
    static final Set<String> SKIPPABLE = list("skippable");
    static final Set<String> NEGATIONS = list("negations");
    static final Set<String> DATES = list("dates");
    static final Set<String> TIME_NOUNS = list("time-nouns");
    static final Set<String> CARRIER_VERBS = list("carrier-verbs");
    static final Set<String> CARRIER_ADJECTIVES = list("carrier-adjectives");
    static final Set<String> AFTER_INVERTED_SOURCE = list("after-inverted-source");
    static final Set<String> PAST_SPEECH_FORMS = list("past-speech-forms");
    static final Set<String> INVERTED_TAG_FORMS = list("inverted-tag-forms");
    static final Set<String> PLAIN_SPEECH_FORMS = list("plain-speech-forms");
    static final Set<String> PLACE_HEADS = list("place-heads");
    static final Set<String> CUE_PARTICLES = list("cue-particles");
    static final Set<String> REPORT_HEADS = list("report-heads");
    static final Set<String> ACCOUNT_HEADS = list("account-heads");
    static final Set<String> SUBORDINATORS = list("subordinators");
    static final Set<String> TITLE_SMALL_WORDS = list("title-small-words");
    static final Set<String> OUTLETS = list("outlets");

    private Words() {
    }

    /** A past-tense form by its spelling: the tagger sometimes misreads "tweeted" or a name before "said". */
    static boolean looksPast(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("ed") || PAST_SPEECH_FORMS.contains(lower);
    }

    static Set<String> list(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalStateException("no word list '" + name + "' in words.txt");
        }
        return words;
    }

    private static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> lists = new HashMap<>();
        try (InputStream in = Words.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = null;
            Set<String> words = new HashSet<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String part = line;
                if (!Character.isWhitespace(line.charAt(0))) {
                    if (name != null) {
                        lists.put(name, Set.copyOf(words));
                    }
                    int equals = line.indexOf('=');
                    name = line.substring(0, equals).strip();
                    words = new HashSet<>();
                    part = line.substring(equals + 1);
                }
                for (String word : part.split(",")) {
                    if (!word.isBlank()) {
                        words.add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (name != null) {
                lists.put(name, Set.copyOf(words));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(lists);
    }
}
