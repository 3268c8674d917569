package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.Kind;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cue verbs used in a sense that reports no words, which the engine may still take for speech: questions are
 * never written on them.
 */
final class NotSpeech {
    private static final Set<String> HAVE_OR_TAKE = Set.of("maintain", "hold", "claim", "carry", "keep", "deliver", "post");
    private static final Pattern THING = Pattern.compile("(a|an|his|her|its|their|\\d[\\d,.]*)\\s");

    private NotSpeech() {
    }

    static boolean reportsNoWords(String text, Attribution a) {
        return a.cue() != null && (addsToSomething(text, a) || takesAThing(text, a));
    }

    /** "who added to her lead", "adding to the pressure": "add" with "to" reports no words. */
    private static boolean addsToSomething(String text, Attribution a) {
        return a.cue().lemma().equals("add") && text.startsWith(" to ", a.cue().span().end());
    }

    /**
     * "maintains a commanding lead", "claimed a narrow win": a verb that also means to have or to take, with a thing
     * after it rather than a clause or a quotation.
     */
    private static boolean takesAThing(String text, Attribution a) {
        return HAVE_OR_TAKE.contains(a.cue().lemma()) && a.kind() == Kind.INDIRECT
                && a.content().start() >= a.cue().span().end()
                && THING.matcher(a.content().text(text).strip()).lookingAt();
    }
}
