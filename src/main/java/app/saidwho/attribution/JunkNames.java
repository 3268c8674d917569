package app.saidwho.attribution;

import java.util.Locale;
import java.util.regex.Pattern;

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
        if (name == null || name.isBlank() || name.indexOf(' ') >= 0) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (Words.VAGUE_HEADS.contains(lower) || Words.ANONYMOUS_HEADS.contains(lower)
                || Words.ORGANISATION_HEADS.contains(lower)) {
            return false; // "Police said", "Officials said": a body or a group, named by what it is
        }
        return Words.DATES.contains(lower)
                || Pattern.compile("(?<![\\p{L}'’-])" + Pattern.quote(lower) + "(?![\\p{L}'’-])").matcher(text).find();
    }
}
