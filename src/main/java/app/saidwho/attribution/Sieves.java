package app.saidwho.attribution;

import java.util.List;

/**
 * The attribution passes, run from the most precise to the loosest over one shared set of drafts; each
 * skips what an earlier one settled and names itself in the drafts it makes.
 */
final class Sieves {
    private final DraftBook book;

    Sieves(AnalyzedText doc, List<Quote> quotes, CueLexicon lexicon) {
        this.book = new DraftBook(doc, quotes, lexicon);
    }

    List<Draft> run() {
        new QuoteSieves(book).run();
        new CueSieves(book).run();
        new QuoteChains(book).run();
        return book.drafts;
    }
}
