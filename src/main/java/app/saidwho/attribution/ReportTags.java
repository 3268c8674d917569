package app.saidwho.attribution;

import java.util.Locale;
import java.util.Set;

/**
 * Tagger repairs around a poll or a study that speaks: "A Bloomberg poll shows …" (the tagger reads "shows" as a
 * plural noun) and "A Quinnipiac poll released Monday found …" (it reads "poll" as a verb).
 */
final class ReportTags {
    /** What a poll, survey, study or report does with its findings, in the present tense. */
    private static final Set<String> FINDING_FORMS = Set.of("shows", "finds", "suggests", "indicates", "reveals",
            "says", "concludes", "estimates");
    private static final Set<String> POLL_WORDS = Set.of("poll", "survey", "study");

    private ReportTags() {
    }

    static void repair(String[] words, String[] tags) {
        for (int i = 1; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            String before = words[i - 1].toLowerCase(Locale.ROOT);
            if (tags[i].equals("NOUN") && FINDING_FORMS.contains(word) && Words.REPORT_HEADS.contains(before)
                    && tags[i - 1].equals("NOUN")) {
                tags[i] = "VERB";
            } else if (tags[i].equals("VERB") && POLL_WORDS.contains(word) && isModifier(tags[i - 1])
                    && i + 1 < words.length && tags[i + 1].equals("VERB")) {
                tags[i] = "NOUN";
            }
        }
    }

    private static boolean isModifier(String tag) {
        return tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("DET") || tag.equals("NUM");
    }
}
