package app.saidwho.attribution;

import java.util.Optional;

/** The last pass: quotations no rule attributed stand as words of an unknown speaker. */
final class UnknownSpeakerQuotes implements Sieve {
    private final DraftBook book;

    UnknownSpeakerQuotes(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        quotesWithoutACue();
    }

    /**
     * A quotation of four words or more that no pass attributed is still someone's words, not the writer's:
     * it stands with its speaker unknown. One that follows another speaker's quotation (in this or the
     * previous paragraph) most likely goes on with that speaker's statement; which mention the speaker is
     * cannot be told, so it is left alone rather than given to the wrong one.
     */
    private void quotesWithoutACue() {
        for (Quote quote : book.quotes) {
            if (quote.wordCount(book.doc.text()) < 4 || book.drafts.stream().anyMatch(d -> d.content().overlaps(quote.span()))
                    || quotationBefore(quote).isPresent()) {
                continue;
            }
            book.drafts.add(new Draft(null, null, null, -1, null, null, quote.span(), Rule.QUOTE_SPEAKER_UNKNOWN));
        }
    }

    private Optional<Draft> quotationBefore(Quote quote) {
        int paragraph = book.paragraphOf(quote.span().start());
        return book.drafts.stream()
                .filter(d -> d.content().end() <= quote.span().start() && book.paragraphOf(d.content().start()) >= paragraph - 1)
                .filter(d -> book.isQuotation(d.content()) && d.rule() != Rule.QUOTING_SUBJECT)
                .findAny();
    }
}
