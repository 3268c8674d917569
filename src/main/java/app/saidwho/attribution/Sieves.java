package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The attribution passes, run from the most precise to the loosest; each skips what an earlier one
 * settled (a cue is used once, a quote is attributed once) and names itself in the drafts it makes.
 */
final class Sieves {
    private static final int MAX_GAP = 12;
    /**
     * Verbs that attribute only next to a quotation: "he continued: …", not "continues to rise"; "…," the
     * statement read, not "read the report".
     */
    private static final Set<String> QUOTE_ONLY = Set.of("continue", "read");
    private static final CueLexicon.Entry COLON = new CueLexicon.Entry(":", Stance.NEUTRAL, null);

    private final AnalyzedText doc;
    private final List<Quote> quotes;
    private final CueLexicon lexicon;
    private final ContentFinder contents;
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<String> usedCues = new HashSet<>();

    Sieves(AnalyzedText doc, List<Quote> quotes, CueLexicon lexicon) {
        this.doc = doc;
        this.quotes = quotes;
        this.lexicon = lexicon;
        this.contents = new ContentFinder(doc.text(), quotes, this::isCoordinableCue);
    }

    List<Draft> run() {
        quotesWithCueAfter();
        quotesWithCueBefore();
        nameColonQuote();
        cues();
        sentenceOpeners();
        continuedQuotes();
        quotesOfThePreviousSpeaker();
        drafts.removeIf(this::isDoubtfulNested);
        quotesWithoutACue();
        return drafts;
    }

    /**
     * An attribution inside another's content counts only when it reports a named third party speaking
     * ("said that Trump asked Bolton to …"); "what she calls", "items labeled", "Americans will say" are wording.
     */
    private boolean isDoubtfulNested(Draft d) {
        if (d.cueSpan() == null || d.source() == null || d.inheritFrom() != null
                || drafts.stream().anyMatch(e -> e.inheritFrom() == d)) {
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
        return !(named && d.cue().stance() != Stance.BELIEF && !cue.lower().endsWith("ing"));
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
            if (isEmbedded(quote)) {
                continue;
            }
            int first = s.tokenAt(quote.span().end());
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
                boolean hyphenated = c > 0 && s.token(c - 1).text().equals("-");
                if (t.isQuoteMark() || (t.is("VERB") && c > first && !hyphenated) || fullStop) {
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
        boolean sourceAfterClause = clusterStart >= 2 && s.token(clusterStart - 1).text().equals(",")
                && new Phrase(s, 0, clusterStart - 1).has("VERB") && !startsContent(s, c + 1)
                && !ContentFinder.opensWithSubordinateClause(s)
                && (c + 1 >= s.size() || s.token(c + 1).is("PUNCT") || s.token(c + 1).is("SCONJ") || s.token(c + 1).is("ADP"));
        Optional<CharSpan> content = f.inverted() || sourceAfterClause ? Optional.empty()
                : contents.after(s, c, entry.lemma()).map(span -> clampToQuote(s.token(c), span));
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

    /** "…," Lopez said, suggesting …: the source of the cue found earlier in the sentence. */
    private Optional<SourceFinder.Found> speakerEarlierIn(Sentence s, int c) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.cueSentence() == s && d.cueToken() < c && d.source() != null) {
                return Optional.of(d.source());
            }
        }
        return Optional.empty();
    }

    private static final Set<String> REPORT_HEADS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
            "report", "reports", "analysis", "interview", "statement", "words", "memo", "letter", "book", "op-ed",
            "column", "post", "tweet", "speech", "remarks", "filing", "ruling", "data");
    private static final Set<String> ACCOUNT_HEADS = Set.of("account", "accounts", "book", "memoir", "words", "view",
            "recollection", "version", "telling", "story", "testimony", "statement", "letter", "notes", "diary");
    private static final CueLexicon.Entry IN = new CueLexicon.Entry("in", Stance.NEUTRAL, null);

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
                NounPhrases.endingAt(s, colon - 1)
                        .filter(p -> p.first() == 0 && (p.head().is("PROPN") || NounPhrases.isPersonalPronoun(p.head())))
                        .ifPresent(p -> addColon(p, s, colon, quote.span()));
            }
        }
    }

    private void addColon(Phrase source, Sentence s, int colon, CharSpan content) {
        usedCues.add(key(s, colon));
        drafts.add(new Draft(new SourceFinder.Found(source, null, false), null, s, colon, COLON,
                s.spanOf(colon, colon + 1), content, "name-colon-quote"));
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

    private void replace(Draft old, Draft widened) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d == old) {
                drafts.set(i, widened);
            } else if (d.inheritFrom() == old) {
                drafts.set(i, new Draft(null, widened, null, -1, null, null, d.content(), d.rule()));
            }
        }
    }

    private boolean isQuotation(CharSpan content) {
        return quotes.stream().anyMatch(q -> content.contains(q.span()) && q.span().length() * 2 > content.length());
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

    private boolean insideQuote(Token token) {
        return quotes.stream().anyMatch(q -> q.span().start() < token.span().start() && token.span().end() < q.span().end());
    }

    private int paragraphOf(int offset) {
        return doc.sentenceAt(offset).map(Sentence::paragraph).orElse(-1);
    }

    private Optional<CueLexicon.Entry> cueAt(Sentence s, int k) {
        if (usedCues.contains(key(s, k))) {
            return Optional.empty();
        }
        Token t = s.token(k);
        if (t.isWord("according") && k + 1 < s.size() && s.token(k + 1).isWord("to")) {
            return phrase("according to");
        }
        if (t.isWord("put", "puts") && k + 2 < s.size() && s.token(k + 1).isWord("it") && s.token(k + 2).is("PUNCT")) {
            // "as Cornyn put it: …", not "put it on the table"
            return phrase("put it");
        }
        if (t.isWord("known") || k > 0 && isPossessive(s.token(k - 1))) {
            // "known as" is a name, "Ginsburg's comments" a noun: neither reports anything
            return Optional.empty();
        }
        boolean verb = t.is("VERB") || isPastForm(t) && !t.is("ADJ") && !t.is("NOUN") && !t.is("PROPN") && !t.is("ADP")
                || isPresentFormAfterName(s, k) || isSpeechVerbMistagged(s, k);
        return verb ? lexicon.byForm(t.text()) : Optional.empty();
    }

    /** "Trump's", "his", "their": what follows is owned, a noun ("her" may be an object, so it stays out). */
    private static boolean isPossessive(Token t) {
        String w = t.lower();
        return w.endsWith("'s") || w.endsWith("’s") || w.equals("his") || w.equals("their") || w.equals("its");
    }

    private Optional<CueLexicon.Entry> phrase(String lemma) {
        return lexicon.phrases().stream().filter(e -> e.lemma().equals(lemma)).findFirst();
    }

    private boolean isCoordinableCue(Token t) {
        if (t.isWord("known")) {
            return false;
        }
        boolean verb = t.is("VERB") || isPastForm(t) && !t.is("ADJ") && !t.is("NOUN") && !t.is("PROPN");
        return verb && lexicon.byForm(t.text()).filter(e -> !QUOTE_ONLY.contains(e.lemma())).isPresent();
    }

    /** "Trump said/NOUN of Romney": "said", "told" and "wrote" are verbs whatever the tagger says. */
    private static boolean isSpeechVerbMistagged(Sentence s, int k) {
        return s.token(k).isWord("said", "told", "wrote") && !(k > 0 && s.token(k - 1).isWord("the", "a", "this", "that"));
    }

    /** "…," Lopez notes.: the tagger reads a present-tense cue after a name as a plural noun. */
    private static boolean isPresentFormAfterName(Sentence s, int k) {
        Token t = s.token(k);
        return t.is("NOUN") && t.lower().endsWith("s") && !t.isCapitalised() && k > 0 && k + 1 < s.size()
                && (s.token(k - 1).isNominal() || NounPhrases.isPersonalPronoun(s.token(k - 1)))
                && (s.token(k + 1).is("PUNCT") || s.token(k + 1).isWord("that", "out"));
    }

    /** The tagger sometimes misreads a past-tense cue ("tweeted" as a conjunction); its form still tells. */
    private static boolean isPastForm(Token t) {
        String word = t.lower();
        return word.endsWith("ed") || word.equals("said") || word.equals("told") || word.equals("wrote");
    }

    private void add(SourceFinder.Found source, Sentence s, int cue, CueLexicon.Entry entry, CharSpan content, String rule) {
        usedCues.add(key(s, cue));
        int lastCueToken = entry.isPhrase() ? cue + entry.lemma().split(" ").length - 1 : cue;
        CharSpan cueSpan = s.spanOf(cue, Math.min(lastCueToken + 1, s.size()));
        drafts.add(new Draft(source, null, s, cue, entry, cueSpan, content, rule));
    }

    private void inherit(Draft from, CharSpan content, String rule) {
        drafts.add(new Draft(null, from, null, -1, null, null, content, rule));
    }

    /** A quote is attributed once some content holds it, as its own or as part of a paraphrase. */
    private boolean isAttributed(CharSpan span) {
        return drafts.stream().anyMatch(d -> d.content().contains(span));
    }

    /**
     * What may nest this attribution in an earlier one: its cue, when a third party is named ("said that
     * Trump told …"); a pronoun subject inside earlier content ("said he feels …") is the same speaker going
     * on, so nothing may nest it.
     */
    private static CharSpan nestingAnchor(SourceFinder.Found source, CharSpan cue) {
        return source.mention().head().is("PRON") ? null : cue;
    }

    /**
     * Content that mostly repeats content found already: a second cue for the same words. A cue inside
     * earlier content is nested in it, not a repeat; so is anything inside "According to X, …" ("…, she
     * insisted that …").
     */
    private boolean isDuplicate(CharSpan span, CharSpan cue) {
        return drafts.stream().filter(d -> cue == null || !d.content().contains(cue))
                .filter(d -> !d.rule().equals("according-to"))
                .anyMatch(d -> {
            int overlap = Math.min(d.content().end(), span.end()) - Math.max(d.content().start(), span.start());
            return overlap * 2 > span.length() && overlap * 2 > d.content().length();
        });
    }

    private Optional<Draft> draftWithContent(CharSpan span) {
        return drafts.stream().filter(d -> d.content().contains(span)).findFirst();
    }

    private static String key(Sentence s, int token) {
        return s.index() + ":" + token;
    }
}
