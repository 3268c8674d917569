package app.saidwho.attribution;

import java.util.Locale;

/** A word or punctuation mark with its Universal Dependencies part-of-speech tag. */
public record Token(CharSpan span, String text, String tag, int index) {

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean is(String tagName) {
        return tag.equals(tagName);
    }

    public boolean isWord(String... words) {
        for (String word : words) {
            if (text.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    public boolean isNominal() {
        return is("PROPN") || is("NOUN") || is("PRON") || is("NUM");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isQuoteMark() {
        return Quotes.isQuoteMark(text) || text.equals("'") && is("PUNCT");
    }
}
