package app.saidwho.quiz.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts a key among distractors in an order fixed by a seed, so the same article gives the same draft. */
final class Options {
    private static final Set<String> LITTLE_WORDS = Set.of("that", "this", "with", "from", "have", "will", "they",
            "their", "there", "what", "when", "which", "would", "about", "been", "were", "more", "into", "than");

    /**
     * A wrong option for "who said it" where the article names its speaker beside the words: a reader who has not
     * found the speech tag might think the words come from no one in particular.
     */
    static final String NO_SPEAKER = "The article does not say who said it";

    private Options() {
    }

    record Shuffled(List<String> options, int answer) {
    }

    static Shuffled shuffle(String key, List<String> distractors, long seed) {
        List<String> all = new ArrayList<>();
        all.add(key);
        all.addAll(distractors);
        Collections.shuffle(all, new Random(seed));
        if (all.remove(NO_SPEAKER)) {
            all.add(NO_SPEAKER); // "none of these" kinds of option stand last, as in any printed quiz
        }
        return new Shuffled(List.copyOf(all), all.indexOf(key));
    }

    /** Up to {@code count} candidates that are not the key and not each other, in order. */
    static List<String> pick(String key, List<String> candidates, int count) {
        List<String> picked = new ArrayList<>();
        for (String c : candidates) {
            if (picked.size() == count) {
                break;
            }
            if (!same(c, key) && picked.stream().noneMatch(p -> same(p, c))) {
                picked.add(c);
            }
        }
        return picked;
    }

    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    static String normal(String s) {
        return s.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Whether {@code other} says the same as {@code words} or its gist: it holds the words, or half of their
     * content words (four letters or more).
     */
    static boolean sameGist(String words, String other) {
        String normalOther = " " + normal(other) + " ";
        if (normalOther.contains(" " + normal(words) + " ")) {
            return true;
        }
        Set<String> mine = contentWords(words);
        if (mine.isEmpty()) {
            return false;
        }
        Set<String> theirs = contentWords(other);
        long shared = mine.stream().filter(theirs::contains).count();
        return shared * 2 >= mine.size();
    }

    private static Set<String> contentWords(String s) {
        return Arrays.stream(normal(s).split(" ")).filter(w -> w.length() >= 4 && !LITTLE_WORDS.contains(w))
                .collect(Collectors.toSet());
    }
}
