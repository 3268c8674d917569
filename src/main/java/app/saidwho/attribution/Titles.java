package app.saidwho.attribution;

import java.util.List;
import java.util.Optional;

/**
 * Titles in quotation marks: "a play called "Sons of the Mayor"", "named "Madam Secretary" as her favourite
 * show", "the reality show, "The Contender"". A short quotation in capitals right after a naming verb or a
 * noun is the name of a work or a body, not anyone's words: it is no quotation, and the verb before it no cue.
 */
final class Titles {
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 80;

    private Titles() {
    }

    /** The quotations that are someone's words: titles named right after a naming word are left out. */
    static List<Quote> withoutTitles(AnalyzedText doc, List<Quote> quotes, CueLexicon lexicon) {
        return quotes.stream().filter(q -> !isNamedTitle(doc, q, lexicon)).toList();
    }

    /** Whether the cue at {@code k} only names the title quoted right after it (a comma may stand between). */
    static boolean follows(String text, Sentence s, int k, CueLexicon.Entry entry) {
        if (!naming(s, k, Optional.of(entry))) {
            return false;
        }
        int at = s.token(k).span().end();
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
        if (at >= text.length() || !Quotes.isQuoteMark(text.charAt(at))) {
            return false;
        }
        for (int end = at + 1; end < Math.min(text.length(), at + MAX_CHARS); end++) {
            if (Quotes.isQuoteMark(text.charAt(end))) {
                return isTitle(text.substring(at + 1, end));
            }
        }
        return false;
    }

    private static boolean isNamedTitle(AnalyzedText doc, Quote quote, CueLexicon lexicon) {
        Optional<Sentence> found = doc.sentenceAt(quote.span().start());
        if (found.isEmpty() || !isTitle(quote.span().text(doc.text()))) {
            return false;
        }
        Sentence s = found.get();
        int k = s.tokenAt(quote.span().start()) - 1;
        k = k > 0 && s.token(k).isWord(",") ? k - 1 : k;
        return k >= 0 && naming(s, k, lexicon.byForm(s.token(k).text()));
    }

    /** "called", "dubbed", "named", "titled", or a noun ("a show called", "the reality show"). */
    private static boolean naming(Sentence s, int k, Optional<CueLexicon.Entry> entry) {
        Token t = s.token(k);
        boolean namingVerb = entry.filter(e -> e.has(CueLexicon.Flag.LABELLING) || e.lemma().equals("name")).isPresent();
        boolean noun = t.is("NOUN") || t.is("PROPN") && !t.isCapitalised()
                || k > 0 && s.token(k - 1).is("NOUN") && t.isWord("show", "shows");
        return namingVerb || noun || t.isWord("titled", "entitled");
    }

    /** A few words, each capitalised but for the small words of titles ("of", "the"). */
    static boolean isTitle(String quoted) {
        String[] words = quoted.replaceAll("[\"“”‘’'.,!?:]", " ").strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words.length > MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) && !Words.TITLE_SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
