package app.saidwho.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Finds what a cue attributes: the clause or quote after it, or before it when the source comes last. */
final class ContentFinder {

    /** Object-first cues whose object is the person addressed ("told reporters", "asked the mayor"). */
    private static final Set<String> PERSON_OBJECT_LEMMAS = Set.of("tell", "ask");

    private final String text;
    private final List<Quote> quotes;
    private final Predicate<Token> isCue;

    ContentFinder(String text, List<Quote> quotes, Predicate<Token> isCue) {
        this.text = text;
        this.quotes = quotes;
        this.isCue = isCue;
    }

    /** The content after the cue up to the end of the sentence (or of a quote that runs on). */
    Optional<CharSpan> after(Sentence s, int cue, CueLexicon.Entry entry) {
        int first = cue + 1;
        int last = lastContentToken(s);
        if (entry.has(CueLexicon.Flag.OBJECT_FIRST) && first < s.size() && !s.token(first).isWord("that")) {
            for (int k = first; k <= last && k - first <= 12; k++) {
                Token t = s.token(k);
                if (t.is("VERB") || t.is("AUX")) {
                    break;
                }
                if (t.isWord("that") && k > first || t.text().equals(":")
                        || (t.isQuoteMark() && opensQuote(t) && objectBeforeQuote(s, first, k, entry))) {
                    first = t.text().equals(":") ? k + 1 : k;
                    break;
                }
            }
        }
        if (first == cue + 1) {
            first = ContentEdges.afterTimePhrase(s, first, last);
        }
        if (first == cue + 1 && ContentEdges.LISTENER_LEMMAS.contains(entry.lemma())) {
            first = ContentEdges.afterListener(s, first, last, entry);
        }
        while (first <= last && (s.token(first).text().equals(":") || s.token(first).text().equals(","))) {
            first++;
        }
        last = ContentEdges.withoutStrayBracket(s, first, last);
        last = beforeNextCue(s, first, last);
        if (opensWithSubordinateClause(s)) {
            last = endOfSubordinateClause(s, cue, last);
        }
        if (first > last) {
            return Optional.empty();
        }
        Phrase region = new Phrase(s, first, last);
        boolean clause = region.has("VERB") || region.has("AUX") || hasQuote(region) || s.token(first).isWord("that");
        boolean nounContent = entry.has(CueLexicon.Flag.NOUN_CONTENT) && !s.token(first).is("ADP") && !s.token(first).is("ADV");
        if (!clause && !nounContent) {
            return Optional.empty();
        }
        int start = first == cue + 1 ? ContentEdges.afterCueParticle(s, first, last) : first;
        return Optional.of(extendToQuoteEnd(new Phrase(s, start, last).span()));
    }

    /**
     * "told reporters "…"", "said Tuesday, "…"": the words before a quotation name whom or when it was said. Not
     * "said the harbor "has no room"" (no comma before the quotation: the words are the clause's subject),
     * unless the verb takes a person ("told", "asked").
     */
    private static boolean objectBeforeQuote(Sentence s, int first, int mark, CueLexicon.Entry entry) {
        return mark == first || PERSON_OBJECT_LEMMAS.contains(entry.lemma()) || s.token(mark - 1).isWord(",", ":");
    }

    /**
     * A second cue of the same speaker ends the first one's content: "called the deal "a disaster" and
     * promised to …", "said the system was "corrupt," noting that …".
     */
    private int beforeNextCue(Sentence s, int first, int last) {
        for (int k = first + 2; k <= last; k++) {
            Token t = s.token(k);
            Token before = s.token(k - 1);
            boolean coordinated = before.isWord("and", "but") && !t.lower().endsWith("ing");
            boolean afterComma = before.text().equals(",")
                    || before.isQuoteMark() && s.token(k - 2).text().equals(",") && closesQuote(before);
            boolean participle = afterComma && t.lower().endsWith("ing");
            if ((coordinated || participle) && isCue.test(t) && !insideQuote(t)) {
                int end = k - 2;
                while (end > first && s.token(end).isWord(",", "and")) {
                    end--;
                }
                return end;
            }
            int conjunction = newSpeakerBefore(s, k);
            if (conjunction > first && isCue.test(t) && !insideQuote(t)) {
                return conjunction - 2;
            }
        }
        return last;
    }

    /** "When Lopez announced his run, he …": the sentence opens with a subordinate clause. */
    static boolean opensWithSubordinateClause(Sentence s) {
        return s.size() > 3 && Words.SUBORDINATORS.contains(s.token(0).lower());
    }

    /** A cue inside the opening subordinate clause says no more than that clause. */
    private static int endOfSubordinateClause(Sentence s, int cue, int last) {
        for (int k = 1; k < cue; k++) {
            if (s.token(k).text().equals(",")) {
                return last;
            }
        }
        for (int k = cue + 1; k < last; k++) {
            if (s.token(k).text().equals(",") && !s.token(k - 1).isQuoteMark()) {
                return k - 1;
            }
        }
        return last;
    }

    /** "…, for instance, and Lopez vowed …": a new clause with its own speaker; the index of its "and", or -1. */
    private static int newSpeakerBefore(Sentence s, int cue) {
        int j = cue - 1;
        while (j > 0 && cue - j <= 5 && (s.token(j).is("PROPN") || s.token(j).is("NOUN") || s.token(j).is("DET")
                || NounPhrases.isPersonalPronoun(s.token(j)))) {
            j--;
        }
        boolean subject = j < cue - 1;
        return subject && j >= 2 && s.token(j).isWord("and", "but") && s.token(j - 1).text().equals(",") ? j : -1;
    }

    private boolean closesQuote(Token mark) {
        return quotes.stream().anyMatch(q -> q.span().end() == mark.span().end());
    }

    private boolean insideQuote(Token token) {
        return Quote.anyEncloses(quotes, token);
    }

    /**
     * The content before a source that comes last: {@code "…," he said} takes the whole quote, even when it
     * started sentences earlier; {@code Clause, X said} takes the clause.
     */
    Optional<CharSpan> before(Sentence s, int clusterStart) {
        int j = clusterStart - 1;
        if (j >= 1 && s.token(j).text().equals(",") && s.token(j - 1).isQuoteMark()) {
            j--;
        }
        if (j < 0) {
            return Optional.empty();
        }
        Token t = s.token(j);
        if (t.isQuoteMark()) {
            int end = t.span().end();
            return quotes.stream().filter(q -> q.span().end() == end).findFirst().map(Quote::span);
        }
        if (t.text().equals(",") && j >= 2) {
            return Optional.of(trimPunctuation(s.spanOf(0, j)));
        }
        return Optional.empty();
    }

    private boolean opensQuote(Token mark) {
        return quotes.stream().anyMatch(q -> q.span().start() == mark.span().start());
    }

    private boolean hasQuote(Phrase region) {
        CharSpan span = region.span();
        return quotes.stream().anyMatch(q -> span.overlaps(q.span()));
    }

    private CharSpan extendToQuoteEnd(CharSpan span) {
        CharSpan result = span;
        for (Quote quote : quotes) {
            if (span.contains(quote.span().start()) && quote.span().end() > result.end()) {
                result = new CharSpan(result.start(), quote.span().end());
            }
        }
        return result;
    }

    private static int lastContentToken(Sentence s) {
        int last = s.size() - 1;
        while (last >= 0 && s.token(last).isWord(".", "!", "?", ";", ":", ",", "—", "-")) {
            last--;
        }
        return last;
    }

    private CharSpan trimPunctuation(CharSpan span) {
        int end = span.end();
        while (end > span.start() && ",;:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new CharSpan(span.start(), end).trim(text);
    }
}
