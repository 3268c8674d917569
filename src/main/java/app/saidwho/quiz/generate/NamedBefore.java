package app.saidwho.quiz.generate;

import app.saidwho.attribution.FirstNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article names before a place in it, as a reader looking back for a pronoun's person sees them:
 * "he" is the man named last, not "In Pennsylvania" at a sentence's start, nor the Democratic National
 * "Convention", nor the woman named in between. A capitalised word counts as a person when the article gives it
 * a given name or a title somewhere ("Jane Doe", "Sen. Doe"); a lone "Bob" the engine took for a speaker does not.
 */
final class NamedBefore {
    /** How far back a reader looks for a pronoun's person: a few paragraphs. */
    private static final int REACH = 1500;
    private static final Pattern PERSON_NAME = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr)\\.? |\\b\\p{Lu}[\\p{L}.'’-]* )"
            + "(?:\\p{Lu}[\\p{L}.'’-]* )*(\\p{Lu}\\p{Ll}[\\p{L}-]+)(?:['’]s)?\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}[\\p{L}-]+\\b");

    /** Capitalised at a sentence's start, never a name. */
    private static final java.util.Set<String> NO_NAME = java.util.Set.of("the", "a", "an", "this", "that", "these", "those",
            "it", "he", "she", "they", "we", "his", "her", "their");

    private final String text;
    /** Each surname the article gives a person, with the forms seen ("doe" → "Jane Doe", "Mr. Doe"). */
    private final Map<String, List<String>> people = new HashMap<>();

    NamedBefore(String text) {
        this.text = text;
        Matcher m = PERSON_NAME.matcher(text);
        while (m.find()) {
            String surname = m.group(1).toLowerCase(Locale.ROOT);
            if (!Speakers.NOT_PERSON_WORDS.contains(surname) && !Speakers.TITLES.contains(surname) && namesAPerson(m.group())) {
                people.computeIfAbsent(surname, k -> new ArrayList<>()).add(m.group());
            }
        }
    }

    /** "Jane Doe", "Mr. Doe", "Sen. Doe": a given name or a title before the surname. */
    private static boolean namesAPerson(String name) {
        String[] words = name.replaceAll("['’]s$", "").split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i].replace(".", "");
            if (FirstNames.isGivenName(w) || Speakers.TITLES.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person named last before {@code at} who could be {@code pronoun} (a man for "he", a woman for "she"),
     * a few paragraphs back; null if none.
     */
    Speakers.Named lastBefore(int at, String pronoun) {
        List<Speakers.Named> names = between(Math.max(0, at - REACH), at, pronoun);
        return names.isEmpty() ? null : names.get(names.size() - 1);
    }

    /** The people named between two places of the article who could be {@code pronoun}, in order. */
    List<Speakers.Named> between(int from, int to, String pronoun) {
        List<Speakers.Named> names = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text).region(from, to);
        while (m.find()) {
            String word = m.group();
            List<String> forms = people.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
            // "Bill Clinton" and "Hillary Clinton" in one article: "he" and "she" may each be a Clinton
            if (forms.stream().anyMatch(f -> !FirstNames.pronounClashes(pronoun, f)) && !NO_NAME.contains(word.toLowerCase(Locale.ROOT))) {
                names.add(new Speakers.Named(word, m.start()));
            }
        }
        return names;
    }
}
