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

    private Insiders() {
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
