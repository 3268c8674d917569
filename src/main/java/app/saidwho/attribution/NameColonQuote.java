package app.saidwho.attribution;

import java.util.Optional;

/** The pass for a name and a colon opening a quote: {@code Kerry: "By law, …"}. */
final class NameColonQuote implements Sieve {
    private final DraftBook book;

    NameColonQuote(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        nameColonQuote();
    }

    /** {@code Kerry: "By law, …"}: a name and a colon open the paragraph's quote. */
    private void nameColonQuote() {
        for (Quote quote : book.quotes) {
            Optional<Sentence> found = book.openingSentence(quote);
            if (found.isEmpty()) {
                continue;
            }
            Sentence s = found.get();
            int colon = s.tokenAt(quote.span().start()) - 1;
            if (colon >= 1 && s.token(colon).text().equals(":")) {
                // "Rep. Ann Lee (R-S.C.): "…"" and "Pollsters agree - Carl Bialik: "…"" as well as "Kerry: "…""
                int end = s.token(colon - 1).text().equals(")") ? Appositives.openingBracket(s, colon - 1) - 1 : colon - 1;
                NounPhrases.endingAt(s, end)
                        .filter(p -> p.first() == 0 || s.token(p.first() - 1).isWord("-", "—", "–", "--"))
                        .filter(p -> p.head().is("PROPN") || NounPhrases.isPersonalPronoun(p.head()))
                        .ifPresent(p -> addColon(p, s, colon, quote.span()));
            }
        }
    }

    private void addColon(Phrase source, Sentence s, int colon, CharSpan content) {
        book.usedCues.add(DraftBook.key(s, colon));
        book.drafts.add(new Draft(new SourceFinder.Found(source, null, false), null, s, colon, DraftBook.COLON,
                s.spanOf(colon, colon + 1), content, Rule.NAME_COLON_QUOTE));
    }
}
