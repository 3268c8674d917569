package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;

/**
 * The words around an attribution's cue, as a prompt quotes them ("In “…,” Lopez said, the writer uses …"):
 * from the start of the quotation or the source, whichever comes first, to the end of the cue's sentence, so it
 * never begins inside a quotation or after an abbreviation's full stop ("Gov. Lopez"). A long quotation before
 * the cue keeps its first words, marked with an ellipsis, and the tag after it.
 */
final class CuePassages {
    private CuePassages() {
    }

    /**
     * The whole sentence when it is short enough; else the clause from the source or cue to the end of its
     * sentence, cut cleanly, when it starts where a clause does (the sentence's start or after a comma, a colon, a
     * dash): "who Lopez on Monday called “…”" or "Lopez, reached out to …" reads as no sentence at all.
     */
    private static String fromTheCue(ArticleFacts facts, Attribution a, int maxWords) {
        app.saidwho.attribution.CharSpan sentence = Sentences.around(facts.text, a.cue().span());
        String whole = sentence.text(facts.text).strip();
        if (!whole.contains("\n") && Excerpts.wordCount(whole) <= maxWords && Excerpts.balanced(whole)) {
            return whole;
        }
        String clause = facts.clause(a);
        int at = facts.text.indexOf(clause, Math.max(0, sentence.start()));
        String before = at < 0 ? "" : facts.text.substring(Math.min(sentence.start(), at), at).strip();
        if (clause.matches("(?i)(who|whom|whose|which|that)\\b.*")
                || !before.isEmpty() && (!before.matches("(?s).*[,;:—–][”\"’']?$") || before.matches("(?s).*\\b(who|whom|whose|which|that),?$"))) {
            return null;
        }
        String cut = Excerpts.wordCount(clause) >= 4 ? Excerpts.clip(clause, maxWords) : null;
        return cut != null && Excerpts.balanced(cut) ? cut : null;
    }

    /** The passage, at most {@code maxWords} words with every mark and bracket closed; null when none is clean. */
    static String of(ArticleFacts facts, Attribution a, int maxWords) {
        String text = facts.text;
        int cue = a.cue().span().start();
        boolean quoteFirst = a.content().start() < cue && cue - a.content().end() < 120;
        if (!quoteFirst) {
            return fromTheCue(facts, a, maxWords);
        }
        int tagStart = cue;
        if (a.source() != null && a.source().span().start() > a.content().start()) {
            tagStart = Math.min(tagStart, a.source().span().start());
        }
        int tagEnd = facts.sentenceEnd(a.cue().span().end());
        // the tag begins after the quotation's closing mark ("“…,” harbour master Ola Brink said.")
        int close = Math.max(text.lastIndexOf('”', tagStart - 1), text.lastIndexOf('"', tagStart - 1));
        String tag = close > a.content().start() ? text.substring(close + 1, tagEnd).replaceFirst("^[,\\s]+", "").strip()
                : text.substring(tagStart, tagEnd).strip();
        if (a.kind() != app.saidwho.attribution.Kind.DIRECT) {
            // a paraphrase before its cue has no marks to cut inside: the whole sentence, or the cue's clause
            String whole = text.substring(a.content().start(), tagEnd).strip().replaceAll("\\s+", " ");
            return Excerpts.wordCount(whole) <= maxWords && Excerpts.balanced(whole) ? whole : fromTheCue(facts, a, maxWords);
        }
        if (close <= a.content().start()) {
            return null;
        }
        String words = Excerpts.unquoted(text.substring(a.content().start(), close + 1)).replaceAll("\\s+", " ");
        int room = maxWords - Excerpts.wordCount(tag);
        // a quotation ending in a quotation of its own ("… you called “miracles,””) has no clean place for the comma
        if (room < 4 || words.isEmpty() || words.matches("(?s).*[”\"’']$")) {
            return null;
        }
        String shown = Excerpts.wordCount(words) <= room ? words + (words.matches(".*[?!…]$") ? "" : ",")
                : Excerpts.clip(words, room);
        String passage = shown == null ? null : "“" + shown + "” " + tag;
        return passage != null && Excerpts.balanced(passage) ? passage : null;
    }
}
