package app.saidwho.quiz.generate;

/** Short quotations of the article for prompts and options: trimmed at a word boundary, with an ellipsis. */
final class Excerpts {
    static final int MAX_WORDS = 25;

    private Excerpts() {
    }

    static String words(String text, int maxWords) {
        String clean = text.strip().replaceAll("\\s+", " ");
        String[] words = clean.split(" ");
        if (words.length <= maxWords) {
            return clean;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, maxWords)).replaceAll("[,;:.]+$", "") + " …";
    }

    /** The inside of a quotation, without its marks and the comma or full stop before the closing mark. */
    static String unquoted(String text) {
        String s = text.strip().replace("''", "\"").replace("``", "\"");
        while (!s.isEmpty() && isMark(s.charAt(0))) {
            s = s.substring(1);
        }
        while (!s.isEmpty() && (isMark(s.charAt(s.length() - 1)) || ",".indexOf(s.charAt(s.length() - 1)) >= 0)) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }
}
