package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The last passes: quotes that go on from an attributed one, nested attributions that are only wording,
 * and quotations left with their speaker unknown.
 */
final class QuoteChains extends DraftBook {
    /** Verbs that name or label ("whom he called a fraud"): inside someone else's words they are wording. */
    private static final Set<String> LABELLING = Set.of("call", "describe", "label", "term", "dub", "brand", "refer");

    QuoteChains(DraftBook book) {
        super(book);
    }

    void run() {
        continuedQuotes();
        quotesOfThePreviousSpeaker();
        drafts.removeIf(this::isDoubtfulNested);
        drafts.removeIf(this::isBeliefAboutAQuotation);
        quotesWithoutACue();
    }

    /**
     * "Democrats believe "…"", "what she sees as "…"": a belief verb reports a thought, so it cannot tell whose
     * exact words a quotation holds (on PolNeAR train half of these named the wrong speaker); the quotation
     * is left to the later passes.
     */
    private boolean isBeliefAboutAQuotation(Draft d) {
        return d.cue() != null && d.cue().stance() == Stance.BELIEF && isQuotation(d.content())
                && !hasHeirs(d);
    }

    /**
     * An attribution inside another's content counts only when it reports, with a neutral verb, a named third
     * party speaking ("said that President Diaz asked Reed to …"); "what she calls", "items labeled", "Americans
     * will say", "X blasted Y" inside someone's statement are that speaker's wording.
     */
    private boolean isDoubtfulNested(Draft d) {
        if (d.cueSpan() == null || d.source() == null || d.inheritFrom() != null
                || hasHeirs(d)) {
            return false;
        }
        boolean nested = drafts.stream().anyMatch(e -> e != d && e.content().contains(d.cueSpan())
                && e.content().contains(d.content()));
        if (!nested) {
            return false;
        }
        Token cue = d.cueSentence().token(d.cueToken());
        Phrase mention = d.source().mention();
        boolean named = mention.has("PROPN") && !mention.sentence().token(mention.first()).is("DET")
                && !Words.VAGUE_HEADS.contains(mention.head().lower()) && !isPossessive(mention.head());
        return !(named && !LABELLING.contains(d.cue().lemma()) && d.cue().stance() == Stance.NEUTRAL && !cue.lower().endsWith("ing"));
    }

    /** The pieces of a quote that runs over paragraphs share one speaker. */
    private void continuedQuotes() {
        List<Quote> chain = new ArrayList<>();
        for (Quote quote : quotes) {
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
        Optional<Draft> known = chain.stream().map(q -> draftWithContent(q.span())).flatMap(Optional::stream)
                .findFirst();
        known.ifPresent(draft -> chain.stream().filter(q -> !isAttributed(q.span()))
                .forEach(q -> inherit(draft, q.span(), "quote-continued")));
    }

    /**
     * A quote that opens a sentence with no cue of its own goes on with the speaker of the quote just
     * before it (within this or the previous paragraph): it joins that attribution's content.
     */
    private void quotesOfThePreviousSpeaker() {
        for (Quote quote : quotes) {
            if (isAttributed(quote.span()) || quote.wordCount(doc.text()) < 3) {
                continue;
            }
            Optional<Sentence> sentence = doc.sentenceAt(quote.span().start());
            if (sentence.isEmpty() || sentence.get().span().start() != quote.span().start()) {
                continue;
            }
            int paragraph = sentence.get().paragraph();
            int last = -1;
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.content().end() <= quote.span().start() && paragraphOf(d.content().start()) >= paragraph - 1
                        && (last < 0 || d.content().end() > drafts.get(last).content().end())) {
                    last = i;
                }
            }
            if (last >= 0 && isQuotation(drafts.get(last).content())) {
                Draft before = drafts.get(last);
                if (followsDirectly(before, sentence.get())) {
                    replace(before, before.withContent(before.content().union(quote.span()), "+quote-same-speaker"));
                }
            }
        }
    }

    /** A quote in the sentence right after an attribution, in its paragraph, is more of the same statement. */
    private boolean followsDirectly(Draft before, Sentence quoteSentence) {
        Optional<Sentence> last = doc.sentenceAt(before.content().end() - 1);
        boolean cueAfter = before.cueSentence() != null && before.cueSentence().index() == quoteSentence.index() - 1;
        return last.isPresent() && last.get().paragraph() == quoteSentence.paragraph()
                && (last.get().index() == quoteSentence.index() - 1 || cueAfter);
    }

    /**
     * A quotation of four words or more that no pass attributed is still someone's words, not the writer's:
     * it stands with its speaker unknown. One that follows another speaker's quotation (in this or the
     * previous paragraph) most likely goes on with that speaker's statement; which mention the speaker is
     * cannot be told, so it is left alone rather than given to the wrong one.
     */
    private void quotesWithoutACue() {
        for (Quote quote : quotes) {
            if (quote.wordCount(doc.text()) < 4 || drafts.stream().anyMatch(d -> d.content().overlaps(quote.span()))
                    || quotationBefore(quote).isPresent()) {
                continue;
            }
            drafts.add(new Draft(null, null, null, -1, null, null, quote.span(), "quote-speaker-unknown"));
        }
    }

    private Optional<Draft> quotationBefore(Quote quote) {
        int paragraph = paragraphOf(quote.span().start());
        return drafts.stream()
                .filter(d -> d.content().end() <= quote.span().start() && paragraphOf(d.content().start()) >= paragraph - 1)
                .filter(d -> isQuotation(d.content()))
                .findAny();
    }
}
