package app.saidwho.attribution.brat;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.FirstNames;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a predicted source names the person the annotation names, as a quiz key would show it: the
 * resolved name (else the mention) against the gold mention, or, for a gold pronoun, the nearest named gold
 * source before it (PolNeAR has no coreference; quiz-eval's KeyAudit reads a pronoun the same way).
 */
public final class SourceNames {
    private static final Set<String> NOT_NAME = Set.of("the", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
            "president", "senator", "secretary", "governor", "minister", "former", "of", "and", "for", "his", "her",
            "their", "its", "said", "says", "jr", "sr");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you", "who", "him",
            "her", "them", "us", "me");

    /** How far back a gold pronoun's named source may be for the pronoun to be checked by name. */
    private static final int REACH = 400;

    private SourceNames() {
    }

    /**
     * The predicted source names the gold one. For a gold pronoun, the resolved name must share a word with
     * the nearest named gold source before it (or, with none shortly before, the spans must overlap); for a
     * gold name, the spans must overlap and the names may not differ ("Mr. Doe" given to Jane Roe); for a
     * description ("a spokesman", "the Senate Democratic leader") the spans decide.
     */
    static boolean sameName(String text, BratAttribution g, List<BratAttribution> gold, Attribution p, boolean spanRight) {
        if (p.source() == null) {
            return false;
        }
        boolean predictedPronoun = isPronoun(p.source().span().text(text));
        if (p.source().name() == null) {
            return spanRight && !predictedPronoun; // "the official said" counts as written; "he" for no one does not
        }
        Set<String> predicted = nameWords(p.source().name());
        String mention = g.source().text(text);
        if (!isPronoun(mention)) {
            Set<String> goldWords = nameWords(mention);
            boolean named = Character.isUpperCase(mention.charAt(0)) && !goldWords.isEmpty() && !predicted.isEmpty();
            return spanRight && (!named || predicted.stream().anyMatch(goldWords::contains));
        }
        String antecedent = antecedent(text, g.source(), gold);
        if (antecedent == null) {
            return spanRight;
        }
        Set<String> goldWords = nameWords(antecedent);
        return predicted.stream().anyMatch(goldWords::contains);
    }

    /**
     * For a gold pronoun, the nearest gold source before it that names someone, within {@link #REACH}
     * characters (further back, other people are often named in between); null if none.
     */
    private static String antecedent(String text, CharSpan source, List<BratAttribution> gold) {
        return antecedent(text, source, gold, REACH);
    }

    /**
     * A gold pronoun's person as a reader takes it, as far as the annotation tells: the nearest gold source
     * before it, within {@code reach} characters, that names someone and agrees with it ("she" is not "Mr. Diaz"
     * nor "Tom Diaz" nor "Ames and Bell"; PolNeAR has no coreference, so a person named but never a source is
     * not seen); null if none.
     */
    public static String antecedent(String text, CharSpan pronoun, List<BratAttribution> gold, int reach) {
        String said = pronoun.text(text).strip();
        BratAttribution nearest = null;
        for (BratAttribution other : gold) {
            CharSpan s = other.source();
            if (s != null && s.end() <= pronoun.start() && pronoun.start() - s.end() <= reach && !nameWords(s.text(text)).isEmpty()
                    && s.text(text).chars().anyMatch(Character::isUpperCase) && !FirstNames.pronounClashes(said, s.text(text))
                    && (nearest == null || s.start() > nearest.source().start())) {
                nearest = other;
            }
        }
        return nearest == null ? null : nearest.source().text(text);
    }

    /** The words of a source that could name it: capitalised words when there are any, without titles. */
    public static Set<String> nameWords(String source) {
        List<String> words = Arrays.stream(source.replace(".", "").split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        boolean capitals = words.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)) && !isPronoun(w));
        return words.stream()
                .filter(w -> !capitals || Character.isUpperCase(w.charAt(0)))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .filter(w -> w.length() > 1 && !NOT_NAME.contains(w) && !PRONOUNS.contains(w))
                .collect(Collectors.toSet());
    }

    public static boolean isPronoun(String mention) {
        return PRONOUNS.contains(mention.strip().toLowerCase(Locale.ROOT));
    }
}
