package app.saidwho.attribution;

import java.util.List;
import java.util.function.Function;

/**
 * The attribution passes in order, from the most precise to the loosest, as CoreNLP's quote attribution
 * runs its sieves: quotations with a speech tag first, then every other cue, then quotes that go on from
 * an attributed one, the filters for nested wording, and last the quotations left with no speaker.
 */
final class Sieves {
    private static final List<Function<DraftBook, Sieve>> ORDER = List.of(
            QuoteThenCue::new,
            CueThenQuote::new,
            NameColonQuote::new,
            CueVerbs::new,
            SentenceOpeners::new,
            ContinuedQuotes::new,
            SameSpeakerQuotes::new,
            NestedWording::new,
            BeliefAboutQuotation::new,
            QuotingSubject::new,
            UnknownSpeakerQuotes::new);

    private Sieves() {
    }

    static List<Draft> run(AnalyzedText doc, List<Quote> quotes, CueLexicon lexicon) {
        DraftBook book = new DraftBook(doc, quotes, lexicon);
        for (Function<DraftBook, Sieve> sieve : ORDER) {
            sieve.apply(book).run();
        }
        return book.drafts;
    }
}
