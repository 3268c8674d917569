package app.saidwho.attribution;

import java.util.Optional;

/** The pass over every other cue of the lexicon: source as subject or inverted, content after the cue or before the source. */
final class CueVerbs implements Sieve {
    private final DraftBook book;

    CueVerbs(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        cues();
    }

    /** Every other cue: source as subject or inverted, content after the cue or before the source. */
    private void cues() {
        for (Sentence s : book.doc.sentences()) {
            for (int c = 0; c < s.size(); c++) {
                final int cue = c;
                book.cueAt(s, cue).ifPresent(entry -> {
                    if (!SourceFinder.negated(s, cue)) {
                        if (entry.lemma().equals("according to")) {
                            accordingTo(s, cue, entry);
                        } else {
                            fromCue(s, cue, entry);
                        }
                    }
                });
            }
        }
    }

    private void fromCue(Sentence s, int c, CueLexicon.Entry entry) {
        if (entry.has(CueLexicon.Flag.QUOTE_ONLY)) {
            return;
        }
        boolean afterComma = c > 0 && s.token(c - 1).text().equals(",")
                || c > 1 && s.token(c - 1).isQuoteMark() && s.token(c - 2).text().equals(",");
        if (afterComma && s.token(c).text().toLowerCase().endsWith("ing")) {
            participleClause(s, c, entry);
            return;
        }
        Optional<SourceFinder.Found> subject = SourceFinder.before(s, c).map(f -> CueClauses.authorOf(s, f))
                .or(() -> c > 1 && s.token(c - 1).isWord("and", "but")
                        ? book.speakerEarlierIn(s, c).or(() -> SourceFinder.sentenceSubject(s, c - 1)) : Optional.empty());
        Optional<SourceFinder.Found> source = subject.isPresent() || c == 0 ? subject
                : s.token(c - 1).text().equals(",") || s.token(c - 1).isQuoteMark() ? SourceFinder.after(s, c)
                : Optional.empty();
        if (source.isEmpty() && c == 0 && entry.lemma().equals("ask")) {
            askedClause(s, c, entry);
            return;
        }
        if (source.isEmpty() && CueClauses.isExpectation(s, c, entry)) {
            CharSpan content = s.spanOf(0, s.lastWord() + 1);
            if (!book.isDuplicate(content, null)) {
                book.usedCues.add(DraftBook.key(s, c));
                book.drafts.add(new Draft(null, null, s, c, entry, s.spanOf(c - 1, c + 1), content, Rule.IS_EXPECTED));
            }
            return;
        }
        if (source.isEmpty() || !CueClauses.plausibleForVerb(entry, source.get(), s, c)) {
            return;
        }
        SourceFinder.Found f = source.get();
        if (book.insideQuote(s.token(c)) && !CueClauses.isThirdPartyInQuote(f, s.token(c), entry)) {
            return;
        }
        int clusterStart = Math.min(c, f.mention().first());
        boolean sourceAfterClause = clusterStart >= 2 && s.token(clusterStart - 1).text().equals(",") && f.antecedent() == null
                && new Phrase(s, 0, clusterStart - 1).has("VERB") && !CueClauses.startsContent(s, c + 1)
                && !ContentFinder.opensWithSubordinateClause(s)
                && (c + 1 >= s.size() || s.token(c + 1).is("PUNCT") || s.token(c + 1).is("SCONJ") || s.token(c + 1).is("ADP"));
        Optional<CharSpan> content = f.inverted() || sourceAfterClause ? Optional.empty()
                : book.contents.after(s, c, entry).map(span -> clampToQuote(s.token(c), span))
                        .map(span -> withinRelativeClause(s, f, c, span));
        Rule rule = Rule.fromCue(f.inverted(), content.isPresent());
        if (content.isEmpty()) {
            content = book.contents.before(s, Math.min(c, f.mention().first()));
        }
        if (content.isPresent() && !book.isDuplicate(content.get(), CueClauses.nestingAnchor(f, s.token(c).span()))) {
            book.add(f, s, c, entry, content.get(), rule);
        }
    }

    /** {@code Asked whether he would run, the senator said …}: the question, asked by someone unnamed. */
    private void askedClause(Sentence s, int c, CueLexicon.Entry entry) {
        int end = c + 1;
        while (end < s.size() && !s.token(end).text().equals(",")) {
            end++;
        }
        if (end > c + 2 && end < s.size()) {
            CharSpan content = s.spanOf(c + 1, end);
            book.usedCues.add(DraftBook.key(s, c));
            book.drafts.add(new Draft(null, null, s, c, entry, s.token(c).span(), content, Rule.ASKED_CLAUSE));
        }
    }

    /** {@code Lopez hit back on Monday, saying the poll was rigged}: the speaker is the sentence's subject. */
    private void participleClause(Sentence s, int c, CueLexicon.Entry entry) {
        Optional<SourceFinder.Found> subject = book.speakerEarlierIn(s, c)
                .or(() -> SourceFinder.sentenceSubject(s, c).filter(f -> !book.insideQuote(f.mention().head())));
        Optional<CharSpan> content = book.contents.after(s, c, entry);
        if (subject.isPresent() && content.isPresent()
                && !book.isDuplicate(content.get(), CueClauses.nestingAnchor(subject.get(), s.token(c).span()))) {
            book.add(subject.get(), s, c, entry, content.get(), Rule.PARTICIPLE_CLAUSE);
        }
    }

    /** A cue inside a quotation attributes no further than the quotation's end. */
    private CharSpan clampToQuote(Token cue, CharSpan content) {
        for (Quote q : book.quotes) {
            if (q.span().start() < cue.span().start() && cue.span().end() < q.span().end() && content.end() > q.span().end()) {
                int end = q.span().end() - 1;
                while (end > content.start() && ",.;: ".indexOf(book.doc.text().charAt(end - 1)) >= 0) {
                    end--;
                }
                return new CharSpan(content.start(), Math.max(content.start() + 1, end));
            }
        }
        return content;
    }

    private void accordingTo(Sentence s, int c, CueLexicon.Entry entry) {
        // "According to her account" names no new source: the account is of someone the sentence goes on to name;
        // "according to her lawyers" does.
        Optional<Phrase> source = NounPhrases.startingAt(s, c + 2)
                .filter(p -> !s.token(p.first()).is("PRON") || !Words.ACCOUNT_HEADS.contains(p.head().lower()));
        if (source.isEmpty()) {
            return;
        }
        Phrase phrase = source.get();
        SourceFinder.Found found = new SourceFinder.Found(phrase, null, true);
        Optional<CharSpan> content;
        if (c <= 1) {
            int k = phrase.last() + 1;
            while (k < s.size() && !s.token(k).isWord(",", ":")) {
                k++;
            }
            content = k + 1 < s.size() ? book.contents.after(s, k, book.lexicon.byLemma("say").orElseThrow()) : Optional.empty();
        } else {
            content = book.contents.before(s, c);
        }
        // "“…,” Lopez said, according to the Post": the Post reports Lopez's words; Lopez's attribution nests in it.
        content.filter(span -> !book.isDuplicate(span, s.token(c).span()) || reportsASpeechTag(span))
                .ifPresent(span -> book.add(found, s, c, entry, span, Rule.ACCORDING_TO));
    }

    private boolean reportsASpeechTag(CharSpan span) {
        return book.drafts.stream().anyMatch(d -> d.cueSpan() != null && span.contains(d.cueSpan()) && span.contains(d.content()));
    }

    /**
     * "Petrilli, who thinks the administration overreached, called the law …": a cue inside a relative clause
     * set off by commas says no more than that clause.
     */
    private CharSpan withinRelativeClause(Sentence s, SourceFinder.Found f, int cue, CharSpan content) {
        int who = f.mention().first();
        if (f.antecedent() == null || who == 0 || !s.token(who - 1).text().equals(",")) {
            return content;
        }
        for (int k = cue + 1; k + 1 < s.size(); k++) {
            Token t = s.token(k);
            if (t.span().start() >= content.end()) {
                return content;
            }
            if (t.text().equals(",") && !book.insideQuote(t) && resumesMainClause(s, k + 1)) {
                int end = s.token(k - 1).span().end();
                return end > content.start() ? new CharSpan(content.start(), end) : content;
            }
        }
        return content;
    }

    /** After the comma closing a relative clause the main clause's verb follows (maybe after an adverb). */
    private static boolean resumesMainClause(Sentence s, int k) {
        int j = k;
        while (j < s.size() && (s.token(j).is("ADV") || s.token(j).is("AUX"))) {
            j++;
        }
        return j < s.size() && s.token(j).is("VERB");
    }
}
