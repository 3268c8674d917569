package app.saidwho.attribution;

import java.util.Optional;

/** The pass that joins a quote opening a sentence with no cue of its own to the quote just before it. */
final class SameSpeakerQuotes implements Sieve {
    private final DraftBook book;

    SameSpeakerQuotes(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        quotesOfThePreviousSpeaker();
    }

    /**
     * A quote that opens a sentence with no cue of its own goes on with the speaker of the quote just
     * before it (within this or the previous paragraph): it joins that attribution's content.
     */
    private void quotesOfThePreviousSpeaker() {
        for (Quote quote : book.quotes) {
            if (book.isAttributed(quote.span()) || quote.wordCount(book.doc.text()) < 3) {
                continue;
            }
            Optional<Sentence> sentence = book.doc.sentenceAt(quote.span().start());
            if (sentence.isEmpty() || sentence.get().span().start() != quote.span().start()) {
                continue;
            }
            int paragraph = sentence.get().paragraph();
            int last = -1;
            for (int i = 0; i < book.drafts.size(); i++) {
                Draft d = book.drafts.get(i);
                if (d.content().end() <= quote.span().start() && book.paragraphOf(d.content().start()) >= paragraph - 1
                        && (last < 0 || d.content().end() > book.drafts.get(last).content().end())) {
                    last = i;
                }
            }
            if (last >= 0 && book.isQuotation(book.drafts.get(last).content())) {
                Draft before = book.drafts.get(last);
                if (followsDirectly(before, sentence.get())) {
                    book.replace(before, before.withContent(before.content().union(quote.span()), Rule.QUOTE_SAME_SPEAKER));
                }
            }
        }
    }

    /** A quote in the sentence right after an attribution, in its paragraph, is more of the same statement. */
    private boolean followsDirectly(Draft before, Sentence quoteSentence) {
        Optional<Sentence> last = book.doc.sentenceAt(before.content().end() - 1);
        boolean cueAfter = before.cueSentence() != null && before.cueSentence().index() == quoteSentence.index() - 1;
        return last.isPresent() && last.get().paragraph() == quoteSentence.paragraph()
                && (last.get().index() == quoteSentence.index() - 1 || cueAfter);
    }
}
