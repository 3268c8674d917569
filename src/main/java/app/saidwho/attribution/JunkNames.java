package app.saidwho.attribution;

import java.util.List;
import java.util.Locale;

/**
 * Names no reader would take for someone who speaks: a day or month ("Friday said" after a mis-split), or
 * a single capitalised word the article itself also writes in lower case ("Latest", "Cost", "From": a
 * headline word or a sentence-initial word the tagger read as a name). Such a source keeps its words but
 * names nobody, so no quiz offers it as a speaker.
 */
final class JunkNames {
    private JunkNames() {
    }

    static boolean isJunk(String text, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        if (name.indexOf(' ') >= 0) {
            return isCommonNounsInCapitals(text, name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (Words.VAGUE_HEADS.contains(lower) || Words.ANONYMOUS_HEADS.contains(lower)
                || Words.ORGANISATION_HEADS.contains(lower)) {
            return false; // "Police said", "Officials said": a body or a group, named by what it is
        }
        return Words.DATES.contains(lower) || writtenLowerCase(text, name);
    }

    /**
     * "Presidential Debates", "Election Results": a headline's or an event's capitalised common nouns, ending in
     * a plural, every word of which the article also writes in lower case; no first name, body or place word.
     */
    private static boolean isCommonNounsInCapitals(String text, String name) {
        List<String> words = List.of(name.split("\\s+"));
        String last = words.get(words.size() - 1);
        boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss");
        return plural && !Gender.isFirstName(words.get(0)) && !NameParts.isPlaceName(words)
                && words.stream().noneMatch(w -> Words.ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT)))
                && words.stream().allMatch(w -> writtenLowerCase(text, w));
    }

    /** The article also writes the word in lower case, as a whole word ("Ask Ruiz" opening a sentence, "ask"). */
    static boolean writtenLowerCase(String text, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(word) || lower.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            int end = at + lower.length();
            if (!isWordChar(text, at - 1) && !isWordChar(text, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }
}
