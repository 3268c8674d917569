package app.saidwho.quiz.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an unnamed source is an insider whose name the publication keeps back ("a senior official", "people
 * familiar with the talks"), the kind a reader asks "why not named?" about, rather than a passer-by ("one
 * person tweeted") or a body that speaks as itself.
 */
final class Insiders {
    private static final Set<String> HEADS = Set.of("source", "sources", "official", "officials", "aide", "aides",
            "insider", "insiders", "diplomat", "diplomats", "adviser", "advisers", "advisor", "advisors", "staffer",
            "staffers", "strategist", "strategists", "operative", "operatives");
    private static final Pattern IN_A_POSITION_TO_KNOW = Pattern.compile(
            "\\b(familiar with|close to|briefed on|with knowledge of|involved in|knowledgeable about)\\b");

    private static final Pattern ANONYMITY_WORDS = Pattern.compile("(?i)\\b(anonymity|anonymous|not to be (named|identified)"
            + "|not authori[sz]ed|unnamed|unidentified|would not be named|declined to be (named|identified))\\b");

    private Insiders() {
    }

    /**
     * Whether the article keeps this source's name back: "a senior official", "two aides", "officials who asked not
     * to be named". "The aide" or "the spokesman" alone points back to someone the article may already have named,
     * so it counts only with words of anonymity in its sentence.
     */
    static boolean keptUnnamed(String mention, String sentence) {
        String m = mention.toLowerCase(Locale.ROOT).strip();
        boolean pointsBack = m.startsWith("the ") && !m.endsWith("s") && !IN_A_POSITION_TO_KNOW.matcher(m).find();
        return !pointsBack || ANONYMITY_WORDS.matcher(sentence).find();
    }

    static boolean insider(String mention) {
        String m = mention.toLowerCase(Locale.ROOT).strip();
        if (IN_A_POSITION_TO_KNOW.matcher(m).find()) {
            return true;
        }
        String[] words = m.split("\\s+");
        return HEADS.contains(words[words.length - 1].replaceAll("\\W+$", ""));
    }
}
