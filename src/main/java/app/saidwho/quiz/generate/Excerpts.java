package app.saidwho.quiz.generate;

import java.util.Arrays;

/**
 * Short quotations of the article for prompts and options: cut only where a clause or sentence ends and no
 * bracket or quotation is left open, then marked with an ellipsis; quoted inside a prompt with the other marks.
 */
final class Excerpts {
    static final int MAX_WORDS = 25;
    private static final int MIN_CUT_WORDS = 5;
    /** A full stop that ends an initial or a title ("H.W.", "Gov.", "No."), not a sentence. */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\.)+|(Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St|No|Jr|Sr|Gen|Lt|Col|Sgt|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\\.S)\\.");

    private Excerpts() {
    }

    /**
     * The text whole when it has at most {@code maxWords} words, else cut after the last clause or sentence end
     * that leaves every bracket and quotation closed; null when there is no such place.
     */
    /** The first words of a quotation for a short label: a clean cut when there is one, else at a word. */
    static String words(String text, int maxWords) {
        String cut = clip(text, maxWords);
        if (cut != null) {
            return cut;
        }
        String[] words = text.strip().replaceAll("\\s+", " ").split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, maxWords)).replaceAll("[,;:.]+$", "") + " …";
    }

    static String clip(String text, int maxWords) {
        String clean = text.strip().replaceAll("\\s+", " ");
        String[] words = clean.split(" ");
        if (words.length <= maxWords) {
            return clean;
        }
        // a whole sentence first, when it keeps a third of the words: "… faced more, not less …" leaves the reader
        // asking "more what?"; then a clause
        for (int n = maxWords; n >= Math.max(MIN_CUT_WORDS, maxWords / 3); n--) {
            String last = words[n - 1];
            if (endsSentence(last)) {
                String cut = String.join(" ", Arrays.copyOf(words, n));
                if (balanced(cut)) {
                    return cut.matches(".*(\\.\\.\\.|…)$") ? cut : cut + " …";
                }
            }
        }
        for (int n = maxWords; n >= MIN_CUT_WORDS; n--) {
            String last = words[n - 1];
            if (last.matches(".*[,;:.!?—]$") && !ABBREVIATION.matcher(last).matches()) {
                String cut = String.join(" ", Arrays.copyOf(words, n)).replaceAll("[,;:—]$", "");
                if (balanced(cut) && !halfOfAPair(cut) && !onlyASubordinateClause(cut)) {
                    // the writer's own "..." already says words follow; a second ellipsis would double it
                    return cut.matches(".*(\\.\\.\\.|…)$") ? cut : cut + " …";
                }
            }
        }
        return wholeFirstSentence(words, maxWords);
    }

    /**
     * A long first sentence with no clause to stop at ("No nominee in the history of … has known less than …") is
     * shown whole up to three fifths again of the words: a reader takes in one sentence; half of it asks "than what?".
     */
    private static String wholeFirstSentence(String[] words, int maxWords) {
        for (int n = maxWords + 1; n <= Math.min(words.length, maxWords * 8 / 5); n++) {
            String last = words[n - 1];
            if (n == words.length || endsSentence(last)) {
                String cut = String.join(" ", Arrays.copyOf(words, n));
                return !balanced(cut) ? null : n == words.length || cut.matches(".*(\\.\\.\\.|…)$") ? cut : cut + " …";
            }
        }
        return null;
    }

    /** A word that ends a sentence: a full stop, question or exclamation mark (a closing mark may follow), not "Gov.". */
    private static boolean endsSentence(String word) {
        return word.matches(".*[.!?]['’\"”]?$") && !ABBREVIATION.matcher(word).matches();
    }

    /** "… is not just the spying" cut before its "but the attempt …": the reader is left with half the point. */
    static boolean halfOfAPair(String cut) {
        return NOT_JUST.matcher(cut).find() && !cut.substring(NOT_JUST.matcher(cut).results().reduce((x, y) -> y)
                .orElseThrow().end()).matches("(?s).*\\bbut\\b.*");
    }

    /** "Now that I am retired …" cut at its comma: a clause that opens with "when", "if" or "because" needs its main clause. */
    static boolean onlyASubordinateClause(String cut) {
        if (!SUBORDINATE.matcher(cut).lookingAt()) {
            return false;
        }
        // "If we go to a contested convention, where nobody …": what follows each comma still hangs on the first clause
        String[] parts = cut.split("[,;]\\s*");
        return java.util.Arrays.stream(parts).skip(1).allMatch(p -> SUBORDINATE.matcher(p).lookingAt() || DEPENDENT.matcher(p).lookingAt());
    }

    private static final java.util.regex.Pattern DEPENDENT = java.util.regex.Pattern.compile("(?i)(where|which|who|whom|whose|"
            + "and|or|but|that)\\b");

    private static final java.util.regex.Pattern NOT_JUST = java.util.regex.Pattern.compile("(?i)\\bnot (just|only|merely|simply)\\b");
    private static final java.util.regex.Pattern SUBORDINATE = java.util.regex.Pattern.compile("(?i)(now that|when|whenever|if|"
            + "because|although|though|while|since|unless|until|after|before|once|as long as|even if|even though|whether)\\b");

    /** Brackets and double quotation marks all closed. */
    static boolean balanced(String s) {
        int round = 0;
        int square = 0;
        int curly = 0;
        int straight = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '[' -> square++;
                case ']' -> square--;
                case '“' -> curly++;
                case '”' -> curly--;
                case '"' -> straight++;
                default -> {
                }
            }
            if (round < 0 || square < 0 || curly < 0) {
                return false;
            }
        }
        return round == 0 && square == 0 && curly == 0 && straight % 2 == 0;
    }

    /** Words in double quotation marks; any double marks inside become single ones, never {@code ""}. */
    /**
     * Words quoted inside a sentence of the prompt ("Who said “…”?", "In “…”, the writer …"): their own closing full
     * stop, comma or colon goes, also before an inner quotation's closing mark, so no ".\"?" piles up.
     */
    static String quotedInSentence(String words) {
        return quoted(words.strip().replaceFirst("[.,;:]+(['’]?)$", "$1"));
    }

    /** Some papers' archives print a quotation mark as two apostrophes or backticks (''like this''). */
    static String doubledAsMarks(String text) {
        return text.replace("''", "\"").replace("``", "\"");
    }

    /** Whether the words end as a question or an exclamation, which takes no second mark after its quotation. */
    static boolean asksOrExclaims(String words) {
        return words.strip().matches("(?s).*[?!]['’]?$");
    }

    static String quoted(String words) {
        StringBuilder inner = new StringBuilder();
        boolean open = true;
        for (char c : doubledAsMarks(words).toCharArray()) {
            if (c == '"') {
                inner.append(open ? '‘' : '’');
                open = !open;
            } else if (c == '“' || c == '”') {
                inner.append(c == '“' ? '‘' : '’');
            } else {
                inner.append(c);
            }
        }
        return "\"" + inner + "\"";
    }

    /** The inside of a quotation, without its marks and the comma before the closing mark. */
    static String unquoted(String text) {
        String s = doubledAsMarks(text.strip());
        while (!s.isEmpty() && isMark(s.charAt(0))) {
            s = s.substring(1);
        }
        while (!s.isEmpty() && (isMark(s.charAt(s.length() - 1)) || s.charAt(s.length() - 1) == ',')) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    /** The words with every double quotation mark taken out, as QUOTE_OR_PARAPHRASE shows them. */
    static String withoutMarks(String text) {
        return text.replace("''", "").replace("``", "").replaceAll("[\"“”„«»]", "").replaceAll("\\s+", " ").strip();
    }

    static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }
}
