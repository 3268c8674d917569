package app.saidwho.quiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Puts a key among distractors in an order fixed by a seed, so the same article gives the same draft. */
final class Options {
    private Options() {
    }

    record Shuffled(List<String> options, int answer) {
    }

    static Shuffled shuffle(String key, List<String> distractors, long seed) {
        List<String> all = new ArrayList<>();
        all.add(key);
        all.addAll(distractors);
        Collections.shuffle(all, new Random(seed));
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
}
