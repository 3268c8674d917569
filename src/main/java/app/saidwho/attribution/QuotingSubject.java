package app.saidwho.attribution;

import java.util.Optional;

/**
 * A quotation inside a sentence that no rule attributed, after the sentence's subject and its verb ("Moore
 * thanked him for "stepping up"", "The ad targets a "corrupt system"", "Rubio fired back: "…""): the words
 * or the wording of that subject, as PolNeAR reads them, with a verb the lexicon leaves out on purpose. No
 * cue, and LOW: the verb may report no speech at all, so no quiz takes a key from it.
 */
final class QuotingSubject implements Sieve {
    /** Shorter quotations inside a sentence are more often a title or a scare quote than anyone's words (train). */
    private static final int MIN_WORDS = 4;
    private final DraftBook book;

    QuotingSubject(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        for (Quote quote : book.quotes) {
            if (quote.wordCount(book.doc.text()) < MIN_WORDS
                    || book.drafts.stream().anyMatch(d -> d.content().overlaps(quote.span()))) {
                continue;
            }
            book.doc.sentenceAt(quote.span().start()).ifPresent(s -> subjectBefore(s, s.tokenAt(quote.span().start()))
                    .ifPresent(verb -> book.drafts.add(new Draft(verb.subject(), null, s, verb.index(), null, null,
                            quote.span(), Rule.QUOTING_SUBJECT))));
        }
    }

    /** The subject, and the index of its verb, of a sentence whose own words open the quotation at {@code mark}. */
    private Optional<Verb> subjectBefore(Sentence s, int mark) {
        if (mark < 2 || mark >= s.size() || book.drafts.stream().anyMatch(d -> d.cueSentence() == s)) {
            return Optional.empty();
        }
        Optional<SourceFinder.Found> subject = SourceFinder.sentenceSubject(s, mark)
                .filter(f -> f.mention().last() < mark && !book.insideQuote(f.mention().head()))
                .filter(f -> canSpeak(f.mention()));
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        for (int k = subject.get().mention().last() + 1; k < mark; k++) {
            if (s.token(k).is("VERB")) {
                return Optional.of(new Verb(subject.get(), k));
            }
        }
        return Optional.empty();
    }

    /** A name, a person's pronoun, or a described someone or something ("the ad", "one critic"); not "it" or "this". */
    private static boolean canSpeak(Phrase p) {
        Token head = p.head();
        if (head.is("PRON")) {
            return head.isWord("he", "she", "they");
        }
        return head.is("PROPN") || head.is("NOUN") && (p.size() > 1 || head.isCapitalised());
    }

    private record Verb(SourceFinder.Found subject, int index) {
    }
}
