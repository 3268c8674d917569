package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pass that gives the pieces of a quote running over paragraphs one speaker. */
final class ContinuedQuotes implements Sieve {
    private final DraftBook book;

    ContinuedQuotes(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        continuedQuotes();
    }

    /** The pieces of a quote that runs over paragraphs share one speaker. */
    private void continuedQuotes() {
        List<Quote> chain = new ArrayList<>();
        for (Quote quote : book.quotes) {
            if (!quote.continuesPrevious()) {
                settleChain(chain);
                chain.clear();
            }
            chain.add(quote);
        }
        settleChain(chain);
    }

    private void settleChain(List<Quote> chain) {
        if (chain.size() < 2) {
            return;
        }
        Optional<Draft> known = chain.stream().map(q -> book.draftWithContent(q.span())).flatMap(Optional::stream)
                .findFirst();
        known.ifPresent(draft -> chain.stream().filter(q -> !book.isAttributed(q.span()))
                .forEach(q -> book.inherit(draft, q.span(), Rule.QUOTE_CONTINUED)));
    }
}
