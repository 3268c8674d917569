package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import java.util.Optional;

/** Verbatim passages of the article for EVIDENCE options: a speech tag, the first clause of a quotation. */
final class Passages {
    private static final int MAX_WORDS = 30;
    private static final int MAX_GAP_WORDS = 6;

    private Passages() {
    }

    /**
     * The source and cue with what follows them up to the end of the clause ("Ana Lopez said on Monday"), when
     * they lie together outside the quoted words; empty otherwise.
     */
    static Optional<CharSpan> speechTag(ArticleFacts facts, Attribution a) {
        if (a.cue() == null || a.source() == null) {
            return Optional.empty();
        }
        CharSpan source = a.source().span();
        CharSpan cue = a.cue().span();
        CharSpan tag = source.union(cue);
        String between = between(facts.text, source, cue);
        // "Lopez stood near protesters, chanting": a cue far from the source may be someone else's
        if (tag.overlaps(a.content()) || tag.length() > 200 || between.matches(".*[\"“”.;].*")
                || Excerpts.wordCount(between) > MAX_GAP_WORDS) {
            return Optional.empty();
        }
        int end = tag.end();
        String text = facts.text;
        while (end < text.length() && ",.;:!?\"“”\n(".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        CharSpan clause = new CharSpan(tag.start(), end).trim(text);
        if (clause.overlaps(a.content()) || Excerpts.wordCount(clause.text(text)) > MAX_WORDS) {
            return Optional.empty();
        }
        return Optional.of(clause);
    }

    /** The quotation's first sentence or clause, without its marks, exactly as the article has it. */
    static Optional<String> firstClause(String text, CharSpan content) {
        int start = content.start();
        while (start < content.end() && "\"“”'‘ ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < content.end() && ".!?;\"”".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        // some papers close a quotation with two apostrophes: never leave them on the passage
        String clause = text.substring(start, end).strip().replaceFirst("[,;:]?(?:''|``)$", "");
        return Excerpts.wordCount(clause) >= 4 && Excerpts.wordCount(clause) <= MAX_WORDS
                ? Optional.of(clause) : Optional.empty();
    }

    private static String between(String text, CharSpan a, CharSpan b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return from < to ? text.substring(from, to) : "";
    }
}
