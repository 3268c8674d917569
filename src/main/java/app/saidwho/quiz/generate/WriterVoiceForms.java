package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammatical form of a judging phrase, and plain words of the same form from the article's own narration, so
 * a WRITER_VOICE key is never the one adjective among reporting verbs (a teacher's read: "pick the non-verb").
 * The plain words describe and never judge: "former", "annual", "federal"; "statement", "meeting", "vote".
 */
final class WriterVoiceForms {
    /** A verb ("slammed"), a word before or after a noun ("notorious", "so-called", "falsely"), or a noun ("tirade"). */
    enum Form { VERB, MODIFIER, NOUN }

    private static final Map<Form, List<String>> PLAIN = Map.of(
            Form.MODIFIER, List.of("former", "annual", "federal", "national", "local", "public", "recent", "monthly",
                    "weekly", "official", "presidential", "financial", "economic", "foreign", "domestic", "previous",
                    "current", "final", "legislative", "military", "medical", "quarterly", "political"),
            Form.NOUN, List.of("statement", "meeting", "interview", "report", "speech", "vote", "election", "hearing",
                    "announcement", "conference", "visit", "letter", "event", "session", "budget", "ballot"),
            Form.VERB, List.of());

    private WriterVoiceForms() {
    }

    /** The lexicon of judging phrases, in file order, each with the form of the section it stands in. */
    static Map<String, Form> lexicon(String resource) {
        Map<String, Form> phrases = new LinkedHashMap<>();
        Form form = Form.MODIFIER;
        for (String line : WordLists.allLines(resource)) {
            if (line.startsWith("## ")) {
                form = Form.valueOf(line.substring(3).strip().toUpperCase(java.util.Locale.ROOT));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                phrases.put(line, form);
            }
        }
        return Collections.unmodifiableMap(phrases);
    }

    /**
     * Up to {@code max} plain words of {@code form} as the article writes them in its narration (lower case, outside
     * quotation marks and outside the words it reports from a source), in the article's order.
     */
    static List<String> plainWords(String text, Form form, List<CharSpan> notNarration, int max) {
        List<String> found = new ArrayList<>();
        List<String> plain = PLAIN.get(form);
        if (plain.isEmpty() || max <= 0) {
            return found;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", plain) + ")(?![\\p{L}-])").matcher(text);
        while (m.find() && found.size() < max) {
            CharSpan at = new CharSpan(m.start(), m.end());
            if (notNarration.stream().noneMatch(s -> s.overlaps(at)) && !found.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }
}
