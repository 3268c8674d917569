package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quotation as a sentence a learner can read on its own. A speech tag may split one sentence of a source
 * ("“Now that I am retired,” he told the host, “it was hard to work there.”"): either half alone is a fragment,
 * so the two halves are joined, the tag left out, as quoting the words without the tag always does. A partial
 * quotation may open with its verb (the plan “is a misguided approach”): its subject stands outside the marks.
 */
final class QuotedSentences {
    /** After a half ending in a comma: its closing mark, a short tag with no sentence end, the next opening mark. */
    private static final Pattern TAG_THEN_REST = Pattern.compile("^(?:''|[\"”])\\s*[^\"“”.!?]{2,80}?,\\s*(?:``|[\"“])"
            + "(\\p{Ll}[^\"“”]*?)(?:''|[\"”])");
    /** Before a half opening in lower case: the first half (ending in a comma), its closing mark and the tag. */
    private static final Pattern FIRST_THEN_TAG = Pattern.compile("(?:``|[\"“])([^\"“”]+,)(?:''|[\"”])\\s*[^\"“”.!?]{2,80}?,"
            + "\\s*(?:``|[\"“])$");
    /** Words that open a predicate: a quotation starting with one has left its subject outside the marks. */
    private static final Set<String> VERB_OPENERS = Set.of("is", "was", "are", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "must", "may", "might", "does", "did", "do");
    /** Where the clause holding the subject may start: a sentence end, a line, a "that", a comma, a colon or dash. */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[.!?;:]\\s+|\\n|\\bthat\\s+|,\\s+|\\s[—–-]+\\s|[\"“”]");

    /** "… McConnell, who “has …”": a relative or a joining word is no subject a prompt can show. */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?i)^(who|which|that|and|but|or|as|because|if|when|"
            + "while|whose|what|where|them|him|her|us|me|reporters)\\b|^(it|he|she|they|this|these|those|we|i|you|there)$");

    private static final Set<String> ADDRESSED = Set.of("told", "tells", "tell", "telling", "asked", "asks", "informed",
            "assured", "reminded", "warned", "urged");

    private QuotedSentences() {
    }

    /** The quoted words of {@code inside} (the text between the marks), joined with the other half of a split sentence. */
    static String joined(String text, CharSpan inside) {
        String words = inside.text(text).strip();
        int close = closingMark(text, inside.end());
        if (words.endsWith(",") && Excerpts.wordCount(words) >= 4 && close >= 0) {
            Matcher rest = TAG_THEN_REST.matcher(text.substring(close, Math.min(text.length(), close + 400)));
            if (rest.find()) {
                return words + " " + rest.group(1).strip();
            }
        }
        if (!words.isEmpty() && Character.isLowerCase(words.charAt(0))) {
            int open = openingMark(text, inside.start());
            Matcher first = FIRST_THEN_TAG.matcher(text.substring(Math.max(0, open - 400), open + 1));
            if (open >= 0 && first.find()) {
                return first.group(1).strip() + " " + words;
            }
        }
        return words;
    }

    /** Whether the words open with a verb whose subject the article writes outside the quotation ("is a mistake"). */
    static boolean opensWithVerb(String words) {
        String first = words.strip().split("\\s+")[0];
        return VERB_OPENERS.contains(first);
    }

    /**
     * The writer's words before the opening mark that hold the subject of a quotation opening with its verb: from
     * the start of the sentence, a "that" or a comma ("Lopez said the plan “is a misguided approach”" → "the plan");
     * null when they are too long or hold a quotation.
     */
    static String subjectBefore(String text, CharSpan inside) {
        int open = openingMark(text, inside.start());
        if (open < 0) {
            return null;
        }
        String before = text.substring(Math.max(0, open - 200), open);
        int from = -1;
        Matcher boundary = CLAUSE_BOUNDARY.matcher(before);
        while (boundary.find()) {
            from = boundary.end();
        }
        if (from < 0 && open > 200) {
            return null;
        }
        String[] words = before.substring(Math.max(0, from)).strip().split("\\s+");
        int first = 0;
        for (int i = 0; i < words.length; i++) { // "Lopez said the plan": the subject is what follows the cue
            String word = words[i].replaceAll("[^\\p{L}]", "");
            if (ADDRESSED.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return null; // "told Keyworth they would": the words after the cue hold the listener, not the subject
            }
            if (ArticleFacts.LEXICON.byForm(word).isPresent()) {
                first = i + 1;
            }
        }
        String subject = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        int n = words.length - first;
        return n >= 1 && n <= 6 && !subject.isBlank() && !NOT_A_SUBJECT.matcher(subject).find() ? subject : null;
    }

    private static int closingMark(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && "\"”'".indexOf(text.charAt(i)) >= 0 ? i : -1;
    }

    private static int openingMark(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && "\"“`".indexOf(text.charAt(i)) >= 0 ? i : -1;
    }
}
