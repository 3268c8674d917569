package app.saidwho.attribution;

import java.util.Optional;

/** The pass from a quotation to the cue before it: {@code He laughed and said: "…"}, or a cue and colon ending the sentence before. */
final class CueThenQuote implements Sieve {
    private final DraftBook book;

    CueThenQuote(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        quotesWithCueBefore();
    }

    /** {@code He laughed and said: "…"}. */
    private void quotesWithCueBefore() {
        for (Quote quote : book.quotes) {
            Optional<Sentence> found = book.openingSentence(quote);
            if (found.isEmpty()) {
                continue;
            }
            Sentence s = found.get();
            int mark = s.tokenAt(quote.span().start());
            if (mark == 0) {
                colonBefore(s).ifPresent(previous -> lastCueBeforeColon(previous, quote));
                continue;
            }
            int c = mark - 1;
            while (c >= 0 && (s.token(c).text().equals(":") || s.token(c).text().equals(","))) {
                c--;
            }
            if (c < 0) {
                continue;
            }
            final int cue = c;
            Optional<CueLexicon.Entry> entry = book.cueAt(s, cue);
            if (entry.isPresent()) {
                Optional<SourceFinder.Found> source = s.token(cue).lower().endsWith("ing") && cue > 0
                        ? book.speakerEarlierIn(s, cue).or(() -> SourceFinder.sentenceSubject(s, cue))
                        : SourceFinder.before(s, cue);
                source.ifPresent(f -> book.add(f, s, cue, entry.get(), quote.span(), Rule.CUE_THEN_QUOTE));
            } else {
                cueShortlyBefore(s, quote, cue);
            }
        }
    }

    /** The sentence just before, in this or the previous paragraph, when it ends with a colon. */
    private Optional<Sentence> colonBefore(Sentence s) {
        if (s.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = book.doc.sentences().get(s.index() - 1);
        boolean colon = previous.size() > 1 && previous.token(previous.size() - 1).text().equals(":");
        return colon && previous.paragraph() >= s.paragraph() - 1 ? Optional.of(previous) : Optional.empty();
    }

    /** {@code He declared:} ending a paragraph, and the quote opening the next: the last cue speaks it. */
    private void lastCueBeforeColon(Sentence s, Quote quote) {
        for (int c = s.size() - 2; c >= 0; c--) {
            final int cue = c;
            Optional<CueLexicon.Entry> entry = book.cueAt(s, cue);
            if (entry.isPresent()) {
                SourceFinder.before(s, cue).or(() -> SourceFinder.sentenceSubject(s, cue))
                        .ifPresent(f -> book.add(f, s, cue, entry.get(), quote.span(), Rule.CUE_COLON_QUOTE));
                return;
            }
        }
    }

    /** "said last week in Tel Aviv", "wrote to his followers": when and where, not who or what. */
    private static boolean isAdverbial(Sentence s, int k) {
        return s.token(k).is("ADP") || SubjectGaps.isDate(s.token(k)) || SubjectGaps.timePhraseStart(s, k + 1) == k;
    }

    /** "Said Dorothy Poynter, who grew up with him, "…"": the sentence opens with the cue. */
    private void cueOpensTheSentence(Sentence s, Quote quote) {
        Optional<CueLexicon.Entry> entry = book.cueAt(s, 0);
        if (entry.isPresent() && s.token(0).isCapitalised()) {
            SourceFinder.after(s, 0).ifPresent(f -> book.add(f, s, 0, entry.get(), quote.span(), Rule.CUE_THEN_QUOTE));
        }
    }

    /**
     * {@code Mills then writes back, "…"}, {@code said about the plan, "…"} and {@code But, said Ruiz, "…"}: a
     * particle, a short phrase or an inverted source between the cue and the quote.
     */
    private void cueShortlyBefore(Sentence s, Quote quote, int last) {
        int mark = s.tokenAt(quote.span().start());
        if (!s.token(mark - 1).isWord(",", ":")) {
            // "called Lopez "unhinged"": the words before the quote belong to the content.
            return;
        }
        for (int c = last - 1; c >= 0 && last - c <= 6; c--) {
            Token t = s.token(c);
            final int cue = c;
            Optional<CueLexicon.Entry> entry = book.cueAt(s, cue);
            if (entry.isPresent()) {
                if (last - cue > 4 && !isAdverbial(s, cue + 1)) {
                    break;
                }
                boolean clauseStart = cue == 0 || s.token(cue - 1).isWord(",", "but", "and");
                // "told CNBC, "…"" names who heard it, "said of Ruiz, "…"" whom it is about.
                boolean addressee = entry.get().lemma().equals("tell") || s.token(cue + 1).is("ADP");
                Optional<SourceFinder.Found> inverted = SourceFinder.after(s, cue)
                        .filter(f -> clauseStart && !addressee && f.mention().last() == last);
                Optional<SourceFinder.Found> source = inverted.isPresent() ? inverted : SourceFinder.before(s, cue);
                source.ifPresent(f -> book.add(f, s, cue, entry.get(), quote.span(), Rule.CUE_THEN_QUOTE));
                return;
            }
            if (!(t.is("ADP") || t.is("DET") || t.is("NOUN") || t.is("PROPN") || t.is("ADV") || t.is("PRON")
                    || t.is("ADJ") || t.is("NUM")) || t.isQuoteMark()) {
                break;
            }
        }
        cueOpensTheSentence(s, quote);
    }
}
