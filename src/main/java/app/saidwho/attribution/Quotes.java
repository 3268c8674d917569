package app.saidwho.attribution;

/** Which characters open and close a quotation. Single quotes are left alone: they double as apostrophes. */
final class Quotes {
    private Quotes() {
    }

    static boolean isQuoteMark(String text) {
        return text.length() == 1 && isQuoteMark(text.charAt(0)) || text.equals("''") || text.equals("``");
    }

    /** Two apostrophes (or two backticks), as some newspapers print a double quotation mark. */
    static boolean isDoubledMark(String text, int at) {
        return at + 1 < text.length() && (text.startsWith("''", at) || text.startsWith("``", at));
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
        return straightOpens(text, at, at + 1);
    }

    static boolean straightOpens(String text, int at, int markEnd) {
        char before = at == 0 ? ' ' : text.charAt(at - 1);
        char after = markEnd >= text.length() ? ' ' : text.charAt(markEnd);
        boolean openContext = Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
        return openContext && !Character.isWhitespace(after);
    }
}
