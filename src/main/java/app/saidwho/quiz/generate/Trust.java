package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import java.util.Map;

/**
 * How sure the engine is of an attribution's speaker, and, when it is not sure, why in words a teacher can
 * check. Keys of speaker questions come from HIGH only; MEDIUM ones are flagged "check this key". The level
 * is the engine's own {@code confidence}; this class only puts it, and its reasons, in words.
 */
final class Trust {
    enum Level { HIGH, MEDIUM, LOW }

    /** The engine's rules in words, for the "check this key" reason. */
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("cue-then-quote", "a speech verb before the quotation"),
            Map.entry("quote-then-cue", "a speech tag after the quotation"),
            Map.entry("cue-inverted", "an inverted speech tag (\"said X\")"),
            Map.entry("cue-colon-quote", "a speech verb and a colon before the quotation"),
            Map.entry("name-colon-quote", "a name and a colon before the quotation"),
            Map.entry("cue-subject", "the subject of a speech verb"),
            Map.entry("cue-subject-content-before", "the subject of a speech verb after the words"),
            Map.entry("cue-subject-content-after", "the subject of a speech verb before the words"),
            Map.entry("according-to", "\"according to\""),
            Map.entry("participle-clause", "a speech verb in a participle clause"),
            Map.entry("cue-inverted-content-after", "an inverted speech tag (\"said X\") before the words"),
            Map.entry("cue-inverted-content-before", "an inverted speech tag (\"said X\") after the words"),
            Map.entry("asked-clause", "a question someone asked"),
            Map.entry("quote-same-speaker", "a quotation joined to the speaker of the one before"),
            Map.entry("quote-continued", "a quotation going on from an earlier one"));

    private Trust() {
    }

    /** The engine's confidence in the attribution's source; nothing about a source the article does not name. */
    static Level of(String text, Attribution a) {
        if (a.source() == null || a.source().name() == null || a.cue() == null || a.confidence() == null) {
            return Level.LOW;
        }
        return switch (a.confidence()) {
            case HIGH -> Level.HIGH;
            case MEDIUM -> Level.MEDIUM;
            case LOW -> Level.LOW;
        };
    }

    /** The source is named at the cue ("Lopez said"), not a pronoun or a description. */
    static boolean namedAtCue(String text, Attribution a) {
        return a.source() != null && a.source().name() != null && (how(a).equals("name") || mentionHoldsName(text, a));
    }

    /** "Republican Senator Jane Doe" is a description by its head word, but it names her. */
    private static boolean mentionHoldsName(String text, Attribution a) {
        String name = a.source().name();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        String mention = a.source().span().text(text);
        return how(a).equals("description") && surname.length() > 1 && Character.isUpperCase(surname.charAt(0))
                && java.util.Arrays.asList(mention.split("[^\\p{L}'’.-]+")).contains(surname);
    }

    /** Why a MEDIUM key needs checking: the rule that found the speaker and what made it uncertain. */
    static String doubt(String text, Attribution a) {
        String rule = RULES.getOrDefault(a.rule().label(),
                "the engine's rule \"" + a.rule().label() + "\"");
        return "Check this key: the speaker was found from " + rule + ", but " + uncertainty(text, a) + ".";
    }

    /** What made the engine unsure of the speaker, in words. */
    static String uncertainty(String text, Attribution a) {
        String mention = a.source().span().text(text);
        if (a.widenedBy() != null || a.rule().label().contains("continued") || a.rule().label().contains("same-speaker")) {
            return "these words go on from a quotation whose speaker tag comes earlier";
        }
        return switch (how(a)) {
            case "pronoun" -> "the speaker is only the pronoun \"" + mention + "\", taken to mean " + a.source().name();
            case "description" -> "the speaker is only described as \"" + mention + "\", taken to mean " + a.source().name();
            default -> "the rule is one the engine gets wrong more often";
        };
    }

    private static String how(Attribution a) {
        String by = a.source().resolvedBy();
        return by == null ? "" : by.substring(by.lastIndexOf('/') + 1);
    }
}
