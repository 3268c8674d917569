package app.saidwho.attribution;

import java.util.Optional;
import java.util.Set;

/**
 * The passes that start from a cue of the lexicon: source as subject or inverted, content after the cue or
 * before the source; then sentence openers ("Graham: …", "In a CNN poll, …").
 */
final class CueSieves extends DraftBook {
    private static final Set<String> REPORT_HEADS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
            "report", "reports", "analysis", "interview", "statement", "words", "memo", "letter", "book", "op-ed",
            "column", "post", "tweet", "speech", "remarks", "filing", "ruling", "data");
    private static final Set<String> ACCOUNT_HEADS = Set.of("account", "accounts", "book", "memoir", "words", "view",
            "recollection", "version", "telling", "story", "testimony", "statement", "letter", "notes", "diary");
    private static final CueLexicon.Entry IN = new CueLexicon.Entry("in", Stance.NEUTRAL, null);

    CueSieves(DraftBook book) {
        super(book);
    }

    void run() {
        cues();
        sentenceOpeners();
    }

    /** Every other cue: source as subject or inverted, content after the cue or before the source. */
    private void cues() {
        for (Sentence s : doc.sentences()) {
            for (int c = 0; c < s.size(); c++) {
                final int cue = c;
                cueAt(s, cue).ifPresent(entry -> {
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
        if (QUOTE_ONLY.contains(entry.lemma())) {
            return;
        }
        boolean afterComma = c > 0 && s.token(c - 1).text().equals(",")
                || c > 1 && s.token(c - 1).isQuoteMark() && s.token(c - 2).text().equals(",");
        if (afterComma && s.token(c).text().toLowerCase().endsWith("ing")) {
            participleClause(s, c, entry);
            return;
        }
        Optional<SourceFinder.Found> subject = SourceFinder.before(s, c).map(f -> authorOf(s, f))
                .or(() -> c > 1 && s.token(c - 1).isWord("and", "but")
                        ? speakerEarlierIn(s, c).or(() -> SourceFinder.sentenceSubject(s, c - 1)) : Optional.empty());
        Optional<SourceFinder.Found> source = subject.isPresent() || c == 0 ? subject
                : s.token(c - 1).text().equals(",") || s.token(c - 1).isQuoteMark() ? SourceFinder.after(s, c)
                : Optional.empty();
        if (source.isEmpty() && c == 0 && entry.lemma().equals("ask")) {
            askedClause(s, c, entry);
            return;
        }
        if (source.isEmpty() && isExpectation(s, c, entry)) {
            CharSpan content = s.spanOf(0, lastWord(s) + 1);
            if (!isDuplicate(content, null)) {
                usedCues.add(key(s, c));
                drafts.add(new Draft(null, null, s, c, entry, s.spanOf(c - 1, c + 1), content, "is-expected"));
            }
            return;
        }
        if (source.isEmpty() || !plausibleForVerb(entry, source.get(), s, c)) {
            return;
        }
        SourceFinder.Found f = source.get();
        if (insideQuote(s.token(c)) && !isThirdPartyInQuote(f, s.token(c), entry)) {
            return;
        }
        int clusterStart = Math.min(c, f.mention().first());
        boolean sourceAfterClause = clusterStart >= 2 && s.token(clusterStart - 1).text().equals(",") && f.antecedent() == null
                && new Phrase(s, 0, clusterStart - 1).has("VERB") && !startsContent(s, c + 1)
                && !ContentFinder.opensWithSubordinateClause(s)
                && (c + 1 >= s.size() || s.token(c + 1).is("PUNCT") || s.token(c + 1).is("SCONJ") || s.token(c + 1).is("ADP"));
        Optional<CharSpan> content = f.inverted() || sourceAfterClause ? Optional.empty()
                : contents.after(s, c, entry.lemma()).map(span -> clampToQuote(s.token(c), span))
                        .map(span -> withinRelativeClause(s, f, c, span));
        String rule = f.inverted() ? "cue-inverted" : "cue-subject";
        if (content.isPresent()) {
            rule += "-content-after";
        } else {
            content = contents.before(s, Math.min(c, f.mention().first()));
            rule += "-content-before";
        }
        if (content.isPresent() && !isDuplicate(content.get(), nestingAnchor(f, s.token(c).span()))) {
            add(f, s, c, entry, content.get(), rule);
        }
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
            if (t.text().equals(",") && !insideQuote(t) && resumesMainClause(s, k + 1)) {
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

    /** "The league issued a statement saying …": the statement's author is the source, the statement its channel. */
    private static SourceFinder.Found authorOf(Sentence s, SourceFinder.Found found) {
        Phrase mention = found.mention();
        int verb = mention.first() - 1;
        if (verb < 1 || !s.token(verb).is("VERB") || !REPORT_HEADS.contains(mention.head().lower())) {
            return found;
        }
        return SourceFinder.before(s, verb).orElse(found);
    }

    /** {@code Trump is expected to speak tonight}: a forecast whose source the article does not give. */
    private static boolean isExpectation(Sentence s, int c, CueLexicon.Entry entry) {
        return entry.lemma().equals("expect") && c >= 1 && c + 1 < s.size()
                && s.token(c - 1).isWord("is", "are", "was", "were", "be") && s.token(c + 1).isWord("to");
    }

    /** {@code Asked whether he would run, the senator said …}: the question, asked by someone unnamed. */
    private void askedClause(Sentence s, int c, CueLexicon.Entry entry) {
        int end = c + 1;
        while (end < s.size() && !s.token(end).text().equals(",")) {
            end++;
        }
        if (end > c + 2 && end < s.size()) {
            CharSpan content = s.spanOf(c + 1, end);
            usedCues.add(key(s, c));
            drafts.add(new Draft(null, null, s, c, entry, s.token(c).span(), content, "asked-clause"));
        }
    }

    /** {@code Trump hit back on Monday, saying the poll was rigged}: the speaker is the sentence's subject. */
    private void participleClause(Sentence s, int c, CueLexicon.Entry entry) {
        Optional<SourceFinder.Found> subject = speakerEarlierIn(s, c)
                .or(() -> SourceFinder.sentenceSubject(s, c).filter(f -> !insideQuote(f.mention().head())));
        Optional<CharSpan> content = contents.after(s, c, entry.lemma());
        if (subject.isPresent() && content.isPresent()
                && !isDuplicate(content.get(), nestingAnchor(subject.get(), s.token(c).span()))) {
            add(subject.get(), s, c, entry, content.get(), "participle-clause");
        }
    }

    /**
     * Sentence openers that attribute the rest of the sentence: a headline's {@code Graham: Trump's rhetoric
     * destroying GOP's chance}, and {@code In a CNN poll, Clinton held a 24-point lead}.
     */
    private void sentenceOpeners() {
        for (Sentence s : doc.sentences()) {
            if (s.size() < 5 || drafts.stream().anyMatch(d -> d.content().overlaps(s.span()))) {
                continue;
            }
            headlineColon(s);
            inReport(s);
        }
    }

    private void headlineColon(Sentence s) {
        for (int k = 1; k <= 6 && k < s.size() - 3; k++) {
            Token t = s.token(k);
            if (t.is("VERB") || t.is("AUX") || t.isQuoteMark()) {
                return;
            }
            if (t.text().equals(":")) {
                final int colon = k;
                NounPhrases.endingAt(s, k - 1)
                        .filter(p -> p.first() == 0 && p.head().isCapitalised())
                        .ifPresent(p -> {
                            CharSpan content = s.spanOf(colon + 1, lastWord(s) + 1);
                            usedCues.add(key(s, colon));
                            drafts.add(new Draft(new SourceFinder.Found(p, null, false), null, s, colon, COLON,
                                    t.span(), content, "headline-colon"));
                        });
                return;
            }
        }
    }

    private void inReport(Sentence s) {
        if (!s.token(0).isWord("in")) {
            return;
        }
        for (int k = 2; k <= 10 && k < s.size() - 3; k++) {
            if (s.token(k).text().equals(",")) {
                final int comma = k;
                NounPhrases.endingAt(s, k - 1)
                        .filter(p -> p.first() >= 1 && REPORT_HEADS.contains(p.head().lower()))
                        .ifPresent(p -> {
                            usedCues.add(key(s, 0));
                            drafts.add(new Draft(new SourceFinder.Found(p, null, false), null, s, 0, IN,
                                    s.token(0).span(), s.spanOf(comma + 1, lastWord(s) + 1), "in-report"));
                        });
                return;
            }
            if (s.token(k).is("VERB")) {
                return;
            }
        }
    }

    private static int lastWord(Sentence s) {
        int last = s.size() - 1;
        while (last > 0 && s.token(last).isWord(".", "!", "?", ";")) {
            last--;
        }
        return last;
    }

    /**
     * "…, the White House has announced, days after …": when a clause ends in a comma before the source and
     * the cue is followed by punctuation or a preposition, what follows the cue is not its content.
     */
    private static boolean startsContent(Sentence s, int k) {
        return k < s.size() && (s.token(k).isWord("that", ":") || s.token(k).isQuoteMark());
    }

    /** A cue inside a quotation attributes no further than the quotation's end. */
    private CharSpan clampToQuote(Token cue, CharSpan content) {
        for (Quote q : quotes) {
            if (q.span().start() < cue.span().start() && cue.span().end() < q.span().end() && content.end() > q.span().end()) {
                int end = q.span().end() - 1;
                while (end > content.start() && ",.;: ".indexOf(doc.text().charAt(end - 1)) >= 0) {
                    end--;
                }
                return new CharSpan(content.start(), Math.max(content.start() + 1, end));
            }
        }
        return content;
    }

    /**
     * "seems" and "appears" report a person's impression ("she seemed to agree"); with any other subject they
     * are the writer's inference, and "appeared on television" is no attribution at all. A date is never a source.
     */
    private static boolean plausibleForVerb(CueLexicon.Entry entry, SourceFinder.Found source, Sentence s, int c) {
        if (!entry.lemma().equals("seem") && !entry.lemma().equals("appear")) {
            return !SourceFinder.isDate(source.mention().head());
        }
        Token head = source.mention().head();
        boolean impression = c + 1 < s.size() && (s.token(c + 1).isWord("to", "that") || s.token(c + 1).is("ADJ"));
        return impression && (head.is("PROPN") || Words.PERSON_PRONOUNS.contains(head.lower()));
    }

    private void accordingTo(Sentence s, int c, CueLexicon.Entry entry) {
        // "According to her account" names no new source: the account is of someone the sentence goes on to name;
        // "according to her lawyers" does.
        Optional<Phrase> source = NounPhrases.startingAt(s, c + 2)
                .filter(p -> !s.token(p.first()).is("PRON") || !ACCOUNT_HEADS.contains(p.head().lower()));
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
            content = k + 1 < s.size() ? contents.after(s, k, "say") : Optional.empty();
        } else {
            content = contents.before(s, c);
        }
        // "“…,” Lopez said, according to the Post": the Post reports Lopez's words; Lopez's attribution nests in it.
        content.filter(span -> !isDuplicate(span, s.token(c).span()) || reportsASpeechTag(span))
                .ifPresent(span -> add(found, s, c, entry, span, "according-to"));
    }

    private boolean reportsASpeechTag(CharSpan span) {
        return drafts.stream().anyMatch(d -> d.cueSpan() != null && span.contains(d.cueSpan()) && span.contains(d.content()));
    }

    /**
     * Inside a quotation only a third party named in full is reported as speaking ("President Ann Diaz asked
     * Y to …"); "I think", "he wants" or "Obama talking about" is the speaker's own wording.
     */
    private static boolean isThirdPartyInQuote(SourceFinder.Found source, Token cue, CueLexicon.Entry entry) {
        Phrase mention = source.mention();
        return mention.head().is("PROPN") && mention.size() >= 2 && !mention.sentence().token(mention.first()).is("DET")
                && entry.stance() != Stance.BELIEF && !cue.lower().endsWith("ing");
    }

    /**
     * What may nest this attribution in an earlier one: its cue, when a third party is named ("said that
     * Trump told …"); a pronoun subject inside earlier content ("said he feels …") is the same speaker going
     * on, so nothing may nest it.
     */
    private static CharSpan nestingAnchor(SourceFinder.Found source, CharSpan cue) {
        return source.mention().head().is("PRON") ? null : cue;
    }
}
