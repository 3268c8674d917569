package app.saidwho.attribution;

import java.util.Locale;
import java.util.Set;

/**
 * Tagger repairs around sources, each seen on PolNeAR train: a poll or a study that speaks ("A Bloomberg poll
 * shows …", "shows" read as a plural noun; "A Quinnipiac poll released Monday found …", "poll" read as a verb),
 * "former" read as a conjunction ("said former tech executive Cara Fenn"), and "exit polls" read as a pronoun or
 * a verb before a noun ("according to exit polls", "exit polling data"), which PolNeAR marks as the source.
 */
final class TagRepairs {
    /** What a poll, survey, study or report does with its findings, in the present tense. */
    private static final Set<String> FINDING_FORMS = Set.of("shows", "finds", "suggests", "indicates", "reveals",
            "says", "concludes", "estimates");
    private static final Set<String> POLL_WORDS = Set.of("poll", "survey", "study");

    private TagRepairs() {
    }

    static void repair(String[] words, String[] tags) {
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            String before = i > 0 ? words[i - 1].toLowerCase(Locale.ROOT) : "";
            if (tags[i].equals("NOUN") && FINDING_FORMS.contains(word) && Words.REPORT_HEADS.contains(before)
                    && i > 0 && tags[i - 1].equals("NOUN")) {
                tags[i] = "VERB";
            } else if (tags[i].equals("VERB") && POLL_WORDS.contains(word) && i > 0 && isModifier(tags[i - 1])
                    && i + 1 < words.length && tags[i + 1].equals("VERB")) {
                tags[i] = "NOUN";
            } else if (word.equals("exit") && i + 1 < words.length && words[i + 1].toLowerCase(Locale.ROOT).startsWith("poll")) {
                tags[i] = "NOUN";
                tags[i + 1] = "NOUN";
            } else if (word.equals("former") && !tags[i].equals("ADJ") && i + 1 < words.length && isNominal(tags[i + 1])) {
                tags[i] = "ADJ";
            }
        }
    }

    private static boolean isNominal(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ");
    }

    private static boolean isModifier(String tag) {
        return tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("DET") || tag.equals("NUM");
    }
}
