package app.saidwho.attribution;

import java.util.Optional;

/** The pass from a closed quotation to the speech tag after it: {@code "…," Lopez said} and {@code "…," said Lopez}. */
final class QuoteThenCue implements Sieve {
    private static final int MAX_GAP = 20;

    private final DraftBook book;

    QuoteThenCue(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        quotesWithCueAfter();
    }

    /** {@code "…," Lopez said} and {@code "…," said Lopez}. */
    private void quotesWithCueAfter() {
        for (Quote quote : book.quotes) {
            if (!quote.closed()) {
                continue;
            }
            Optional<Sentence> found = book.doc.sentenceAt(quote.span().end() - 1);
            if (found.isEmpty()) {
                continue;
            }
            Sentence s = found.get();
            int first = s.tokenAt(quote.span().end());
            if (isEmbedded(quote) && !invertedTagFollows(s, first)) {
                continue;
            }
            if (first >= s.size()) {
                Optional<Sentence> next = nextInParagraph(s);
                if (next.isEmpty() || isIntroduced(quote)) {
                    // "Clinton responded: "…?" Her critics cited it …": the next sentence is not its speech tag.
                    continue;
                }
                s = next.get();
                first = 0;
            }
            if (!endsClause(quote, s, first)) {
                continue;
            }
            while (first < s.size() && s.token(first).text().equals(",")) {
                first++;
            }
            final Sentence sentence = s;
            for (int c = first; c < s.size() && c - first <= MAX_GAP; c++) {
                Token t = s.token(c);
                Optional<CueLexicon.Entry> cue = book.cueAt(s, c);
                if (cue.isPresent()) {
                    final int cueIndex = c;
                    final int afterQuote = first;
                    sourceAround(s, c, first).or(() -> itAfterQuote(sentence, cueIndex, afterQuote))
                            .ifPresent(f -> book.add(f, sentence, cueIndex, cue.get(), quote.span(), Rule.QUOTE_THEN_CUE));
                    break;
                }
                boolean fullStop = t.text().equals(".") && !(c > 0 && s.token(c - 1).text().matches("Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|[A-Z]"));
                // "Texas-based", "a retired clerk": a participle that describes a name opens no new clause
                boolean describing = c > 0 && (s.token(c - 1).text().equals("-")
                        || s.token(c - 1).is("DET") && t.lower().endsWith("ed"));
                if (t.isQuoteMark() || (t.is("VERB") && c > first && !describing) || fullStop) {
                    break;
                }
            }
        }
    }

    /**
     * "…, which Lopez called "a disgrace," blaming …": a quote that opens after a word, inside its sentence,
     * belongs to the clause before it, not to a speaker after it.
     */
    private boolean isEmbedded(Quote quote) {
        Optional<Sentence> found = book.doc.sentenceAt(quote.span().start());
        if (found.isEmpty()) {
            return false;
        }
        Sentence s = found.get();
        int mark = s.tokenAt(quote.span().start());
        return mark > 0 && mark < s.size() && s.token(mark - 1).text().chars().anyMatch(Character::isLetterOrDigit);
    }

    /** "… not one for "engaging her team," said one former executive": an inverted speech tag claims even a quote inside a clause. */
    private boolean invertedTagFollows(Sentence s, int first) {
        int k = first;
        while (k < s.size() && s.token(k).text().equals(",")) {
            k++;
        }
        return k < s.size() && Words.INVERTED_TAG_FORMS.contains(s.token(k).lower())
                && SourceFinder.after(s, k).isPresent();
    }

    /** A quote opened after a cue or a colon in its own sentence already has its speech tag before it. */
    private boolean isIntroduced(Quote quote) {
        Optional<Sentence> found = book.doc.sentenceAt(quote.span().start());
        if (found.isEmpty()) {
            return false;
        }
        Sentence s = found.get();
        int mark = s.tokenAt(quote.span().start());
        for (int k = 0; k < mark && k < s.size(); k++) {
            if (s.token(k).text().equals(":") || book.lexicon.byForm(s.token(k).text()).isPresent() && s.token(k).is("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** "…," it read: after a quotation, "it" is the statement, letter or newspaper just named. */
    private static Optional<SourceFinder.Found> itAfterQuote(Sentence s, int cue, int first) {
        return cue == first + 1 && s.token(first).isWord("it")
                ? Optional.of(new SourceFinder.Found(new Phrase(s, first, first), null, false)) : Optional.empty();
    }

    /** A quote that a source can follow closes a clause: a comma or end mark inside, or a comma after it. */
    private boolean endsClause(Quote quote, Sentence s, int next) {
        String text = book.doc.text();
        int lastInside = quote.inner(text).end() - 1;
        while (lastInside > quote.span().start() && (text.charAt(lastInside) == '\'' || text.charAt(lastInside) == '’'
                || Character.isWhitespace(text.charAt(lastInside)))) {
            // "the term 'Manhattan poor,' ''": the inner quotation's mark stands after the comma.
            lastInside--;
        }
        boolean punctuatedInside = lastInside > quote.span().start() && ",.!?—".indexOf(text.charAt(lastInside)) >= 0;
        boolean commaAfter = next < s.size() && s.token(next).text().equals(",");
        if (next == 0) {
            // The sentence detector split "…!" Lopez said. apart; a full stop inside ends the statement
            // unless the next sentence is no more than a speaker and a cue ("…." Lopez said.).
            return lastInside > quote.span().start() && ",!?".indexOf(text.charAt(lastInside)) >= 0
                    || isBareSpeechTag(s);
        }
        return punctuatedInside || commaAfter;
    }

    /** "Lopez said." or "said the mayor on Tuesday.": a sentence that only names who spoke. */
    private boolean isBareSpeechTag(Sentence s) {
        int verbs = 0;
        boolean cue = false;
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            if (t.is("VERB") || t.is("AUX")) {
                verbs++;
                cue |= book.cueAt(s, k).isPresent();
            }
            if (t.isWord("that", ":") || t.isQuoteMark()) {
                return false;
            }
        }
        return cue && verbs == 1 && s.size() <= 12;
    }

    private Optional<Sentence> nextInParagraph(Sentence s) {
        int next = s.index() + 1;
        if (next >= book.doc.sentences().size() || book.doc.sentences().get(next).paragraph() != s.paragraph()) {
            return Optional.empty();
        }
        return Optional.of(book.doc.sentences().get(next));
    }

    private static Optional<SourceFinder.Found> sourceAround(Sentence s, int cue, int earliest) {
        Optional<SourceFinder.Found> subject = SourceFinder.before(s, cue).filter(f -> f.mention().first() >= earliest);
        return subject.isPresent() || cue != earliest ? subject : SourceFinder.after(s, cue);
    }
}
