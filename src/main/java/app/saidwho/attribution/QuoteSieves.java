package app.saidwho.attribution;

import java.util.Optional;

/** The passes that start from a quotation and look for its speech tag after, before or around it. */
final class QuoteSieves extends DraftBook {
    private static final int MAX_GAP = 20;

    QuoteSieves(DraftBook book) {
        super(book);
    }

    void run() {
        quotesWithCueAfter();
        quotesWithCueBefore();
        nameColonQuote();
    }

    /** {@code "…," Lopez said} and {@code "…," said Lopez}. */
    private void quotesWithCueAfter() {
        for (Quote quote : quotes) {
            if (!quote.closed()) {
                continue;
            }
            Optional<Sentence> found = doc.sentenceAt(quote.span().end() - 1);
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
                Optional<CueLexicon.Entry> cue = cueAt(s, c);
                if (cue.isPresent()) {
                    final int cueIndex = c;
                    final int afterQuote = first;
                    sourceAround(s, c, first).or(() -> itAfterQuote(sentence, cueIndex, afterQuote))
                            .ifPresent(f -> add(f, sentence, cueIndex, cue.get(), quote.span(), "quote-then-cue"));
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
        Optional<Sentence> found = doc.sentenceAt(quote.span().start());
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
        return k < s.size() && s.token(k).isWord("said", "says", "added", "wrote", "asked")
                && SourceFinder.after(s, k).isPresent();
    }

    /** A quote opened after a cue or a colon in its own sentence already has its speech tag before it. */
    private boolean isIntroduced(Quote quote) {
        Optional<Sentence> found = doc.sentenceAt(quote.span().start());
        if (found.isEmpty()) {
            return false;
        }
        Sentence s = found.get();
        int mark = s.tokenAt(quote.span().start());
        for (int k = 0; k < mark && k < s.size(); k++) {
            if (s.token(k).text().equals(":") || lexicon.byForm(s.token(k).text()).isPresent() && s.token(k).is("VERB")) {
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
        String text = doc.text();
        int lastInside = quote.inner(text).end() - 1;
        while (lastInside > quote.span().start() && (text.charAt(lastInside) == '\'' || text.charAt(lastInside) == '’'
                || Character.isWhitespace(text.charAt(lastInside)))) {
            // "the term 'Manhattan poor,' ''": the inner quotation's mark stands after the comma.
            lastInside--;
        }
        boolean punctuatedInside = lastInside > quote.span().start() && ",.!?—".indexOf(text.charAt(lastInside)) >= 0;
        boolean commaAfter = next < s.size() && s.token(next).text().equals(",");
        if (next == 0) {
            // The sentence detector split "…!" Trump said. apart; a full stop inside ends the statement
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
                cue |= cueAt(s, k).isPresent();
            }
            if (t.isWord("that", ":") || t.isQuoteMark()) {
                return false;
            }
        }
        return cue && verbs == 1 && s.size() <= 12;
    }

    private Optional<Sentence> nextInParagraph(Sentence s) {
        int next = s.index() + 1;
        if (next >= doc.sentences().size() || doc.sentences().get(next).paragraph() != s.paragraph()) {
            return Optional.empty();
        }
        return Optional.of(doc.sentences().get(next));
    }

    private static Optional<SourceFinder.Found> sourceAround(Sentence s, int cue, int earliest) {
        Optional<SourceFinder.Found> subject = SourceFinder.before(s, cue).filter(f -> f.mention().first() >= earliest);
        return subject.isPresent() || cue != earliest ? subject : SourceFinder.after(s, cue);
    }

    /** The sentence a quote opens in, when the quote still needs a speaker and starts its own chain. */
    private Optional<Sentence> openingSentence(Quote quote) {
        if (isAttributed(quote.span()) || quote.continuesPrevious()) {
            return Optional.empty();
        }
        return doc.sentenceAt(quote.span().start());
    }

    /** The sentence just before, in this or the previous paragraph, when it ends with a colon. */
    private Optional<Sentence> colonBefore(Sentence s) {
        if (s.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = doc.sentences().get(s.index() - 1);
        boolean colon = previous.size() > 1 && previous.token(previous.size() - 1).text().equals(":");
        return colon && previous.paragraph() >= s.paragraph() - 1 ? Optional.of(previous) : Optional.empty();
    }

    /** {@code He declared:} ending a paragraph, and the quote opening the next: the last cue speaks it. */
    private void lastCueBeforeColon(Sentence s, Quote quote) {
        for (int c = s.size() - 2; c >= 0; c--) {
            final int cue = c;
            Optional<CueLexicon.Entry> entry = cueAt(s, cue);
            if (entry.isPresent()) {
                SourceFinder.before(s, cue).or(() -> SourceFinder.sentenceSubject(s, cue))
                        .ifPresent(f -> add(f, s, cue, entry.get(), quote.span(), "cue-colon-quote"));
                return;
            }
        }
    }

    /** {@code He laughed and said: "…"}. */
    private void quotesWithCueBefore() {
        for (Quote quote : quotes) {
            Optional<Sentence> found = openingSentence(quote);
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
            Optional<CueLexicon.Entry> entry = cueAt(s, cue);
            if (entry.isPresent()) {
                Optional<SourceFinder.Found> source = s.token(cue).lower().endsWith("ing") && cue > 0
                        ? speakerEarlierIn(s, cue).or(() -> SourceFinder.sentenceSubject(s, cue))
                        : SourceFinder.before(s, cue);
                source.ifPresent(f -> add(f, s, cue, entry.get(), quote.span(), "cue-then-quote"));
            } else {
                cueShortlyBefore(s, quote, cue);
            }
        }
    }

    /** "Said Dorothy Poynter, who grew up with him, "…"": the sentence opens with the cue. */
    private void cueOpensTheSentence(Sentence s, Quote quote) {
        Optional<CueLexicon.Entry> entry = cueAt(s, 0);
        if (entry.isPresent() && s.token(0).isCapitalised()) {
            SourceFinder.after(s, 0).ifPresent(f -> add(f, s, 0, entry.get(), quote.span(), "cue-then-quote"));
        }
    }

    /**
     * {@code Mills then writes back, "…"}, {@code said about the plan, "…"} and {@code But, said Ruiz, "…"}: a
     * particle, a short phrase or an inverted source between the cue and the quote.
     */
    private void cueShortlyBefore(Sentence s, Quote quote, int last) {
        int mark = s.tokenAt(quote.span().start());
        if (!s.token(mark - 1).isWord(",", ":")) {
            // "called Trump "unhinged"": the words before the quote belong to the content.
            return;
        }
        if (last > 4) {
            cueOpensTheSentence(s, quote);
            return;
        }
        for (int c = last - 1; c >= 0 && last - c <= 4; c--) {
            Token t = s.token(c);
            final int cue = c;
            Optional<CueLexicon.Entry> entry = cueAt(s, cue);
            if (entry.isPresent()) {
                boolean clauseStart = cue == 0 || s.token(cue - 1).isWord(",", "but", "and");
                Optional<SourceFinder.Found> inverted = SourceFinder.after(s, cue)
                        .filter(f -> clauseStart && f.mention().last() == last);
                Optional<SourceFinder.Found> source = inverted.isPresent() ? inverted : SourceFinder.before(s, cue);
                source.ifPresent(f -> add(f, s, cue, entry.get(), quote.span(), "cue-then-quote"));
                return;
            }
            if (!(t.is("ADP") || t.is("DET") || t.is("NOUN") || t.is("PROPN") || t.is("ADV") || t.is("PRON"))
                    || t.isQuoteMark()) {
                return;
            }
        }
    }

    /** {@code Kerry: "By law, …"}: a name and a colon open the paragraph's quote. */
    private void nameColonQuote() {
        for (Quote quote : quotes) {
            Optional<Sentence> found = openingSentence(quote);
            if (found.isEmpty()) {
                continue;
            }
            Sentence s = found.get();
            int colon = s.tokenAt(quote.span().start()) - 1;
            if (colon >= 1 && s.token(colon).text().equals(":")) {
                // "Rep. Ann Lee (R-S.C.): "…"" and "Pollsters agree - Carl Bialik: "…"" as well as "Kerry: "…""
                int end = s.token(colon - 1).text().equals(")") ? SourceFinder.openingBracket(s, colon - 1) - 1 : colon - 1;
                NounPhrases.endingAt(s, end)
                        .filter(p -> p.first() == 0 || s.token(p.first() - 1).isWord("-", "—", "–", "--"))
                        .filter(p -> p.head().is("PROPN") || NounPhrases.isPersonalPronoun(p.head()))
                        .ifPresent(p -> addColon(p, s, colon, quote.span()));
            }
        }
    }

    private void addColon(Phrase source, Sentence s, int colon, CharSpan content) {
        usedCues.add(key(s, colon));
        drafts.add(new Draft(new SourceFinder.Found(source, null, false), null, s, colon, COLON,
                s.spanOf(colon, colon + 1), content, "name-colon-quote"));
    }
}
