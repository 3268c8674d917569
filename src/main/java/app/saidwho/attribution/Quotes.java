package app.saidwho.attribution;

/** Which characters open and close a quotation. Single quotes are left alone: they double as apostrophes. */
final class Quotes {
    private Quotes() {
    }

    static boolean isQuoteMark(String text) {
        return text.length() == 1 && isQuoteMark(text.charAt(0));
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
    }

    static boolean opensOnly(char c) {
        return c == '“' || c == '„' || c == '«' || c == '‟';
    }

    static boolean closesOnly(char c) {
        return c == '”' || c == '»';
    }

    /** A straight mark opens when it follows a space or an opening bracket or dash and precedes a non-space. */
    static boolean straightOpens(String text, int at) {
        char before = at == 0 ? ' ' : text.charAt(at - 1);
        char after = at + 1 >= text.length() ? ' ' : text.charAt(at + 1);
        boolean openContext = Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
        return openContext && !Character.isWhitespace(after);
    }
}
