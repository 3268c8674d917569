package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The drafts the passes share, and what every pass asks of them: is this token a cue not used yet, is this
 * quote attributed, is this content a repeat; a cue is used once, a quote attributed once.
 */
final class DraftBook {
    static final CueLexicon.Entry COLON = new CueLexicon.Entry(":", Stance.NEUTRAL, null);

    final AnalyzedText doc;
    final List<Quote> quotes;
    final CueLexicon lexicon;
    final ContentFinder contents;
    final List<Draft> drafts;
    final Set<String> usedCues;

    DraftBook(AnalyzedText doc, List<Quote> quotes, CueLexicon lexicon) {
        this.doc = doc;
        this.quotes = quotes;
        this.lexicon = lexicon;
        this.contents = new ContentFinder(doc.text(), quotes, this::isCoordinableCue);
        this.drafts = new ArrayList<>();
        this.usedCues = new HashSet<>();
    }


    /** "…," Lopez said, suggesting …: the source of the cue found earlier in the sentence. */
    Optional<SourceFinder.Found> speakerEarlierIn(Sentence s, int c) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.cueSentence() == s && d.cueToken() < c && d.source() != null) {
                return Optional.of(d.source());
            }
        }
        return Optional.empty();
    }

    void replace(Draft old, Draft widened) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d == old) {
                drafts.set(i, widened);
            } else if (d.inheritFrom() == old) {
                drafts.set(i, new Draft(null, widened, null, -1, null, null, d.content(), d.rule(), d.widenedBy()));
            }
        }
    }

    boolean isQuotation(CharSpan content) {
        return quotes.stream().anyMatch(q -> content.contains(q.span()) && q.span().length() * 2 > content.length());
    }

    boolean insideQuote(Token token) {
        return Quote.anyEncloses(quotes, token);
    }

    int paragraphOf(int offset) {
        return doc.sentenceAt(offset).map(Sentence::paragraph).orElse(-1);
    }

    Optional<CueLexicon.Entry> cueAt(Sentence s, int k) {
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
        boolean verb = isVerbLike(t) && !t.is("ADP") || isPresentFormAfterName(s, k) || isSpeechVerbMistagged(s, k);
        Optional<CueLexicon.Entry> entry = verb ? lexicon.byForm(t.text()) : Optional.empty();
        return entry.filter(e -> !Titles.follows(doc.text(), s, k, e));
    }

    /** "Lopez's", "his", "their": what follows is owned, a noun ("her" may be an object, so it stays out). */
    static boolean isPossessive(Token t) {
        String w = t.lower();
        return w.endsWith("'s") || w.endsWith("’s") || w.equals("his") || w.equals("their") || w.equals("its");
    }

    Optional<CueLexicon.Entry> phrase(String lemma) {
        return lexicon.phrases().stream().filter(e -> e.lemma().equals(lemma)).findFirst();
    }

    boolean isCoordinableCue(Token t) {
        if (t.isWord("known")) {
            return false;
        }
        return isVerbLike(t) && lexicon.byForm(t.text()).filter(e -> !e.has(CueLexicon.Flag.QUOTE_ONLY)).isPresent();
    }

    /** "Lopez said/NOUN of Romney": "said", "told" and "wrote" are verbs whatever the tagger says. */
    static boolean isSpeechVerbMistagged(Sentence s, int k) {
        return Words.PAST_SPEECH_FORMS.contains(s.token(k).lower()) && !(k > 0 && s.token(k - 1).isWord("the", "a", "this", "that"));
    }

    /** "…," Lopez notes.: the tagger reads a present-tense cue after a name as a plural noun. */
    static boolean isPresentFormAfterName(Sentence s, int k) {
        Token t = s.token(k);
        return t.is("NOUN") && t.lower().endsWith("s") && !t.isCapitalised() && k > 0 && k + 1 < s.size()
                && (s.token(k - 1).isNominal() || NounPhrases.isPersonalPronoun(s.token(k - 1)))
                && (s.token(k + 1).is("PUNCT") || s.token(k + 1).isWord("that", "out"));
    }

    /** Tagged a verb, or spelt as a past tense the tagger misread ("tweeted" as a conjunction). */
    private static boolean isVerbLike(Token t) {
        return t.is("VERB") || Words.looksPast(t.text()) && !t.is("ADJ") && !t.is("NOUN") && !t.is("PROPN");
    }

    void add(SourceFinder.Found source, Sentence s, int cue, CueLexicon.Entry entry, CharSpan content, Rule rule) {
        usedCues.add(key(s, cue));
        int lastCueToken = entry.isPhrase() ? cue + entry.lemma().split(" ").length - 1 : cue;
        CharSpan cueSpan = s.spanOf(cue, Math.min(lastCueToken + 1, s.size()));
        drafts.add(new Draft(source, null, s, cue, entry, cueSpan, content, rule));
    }

    void inherit(Draft from, CharSpan content, Rule rule) {
        drafts.add(new Draft(null, from, null, -1, null, null, content, rule));
    }

    /** Other drafts take their speaker from this one (a quote that goes on): it must stay. */
    boolean hasHeirs(Draft d) {
        return drafts.stream().anyMatch(e -> e.inheritFrom() == d);
    }

    /** A quote is attributed once some content holds it, as its own or as part of a paraphrase. */
    boolean isAttributed(CharSpan span) {
        return drafts.stream().anyMatch(d -> d.content().contains(span));
    }

    /**
     * Content that mostly repeats content found already: a second cue for the same words. A cue inside
     * earlier content is nested in it, not a repeat; so is anything inside "According to X, …" ("…, she
     * insisted that …").
     */
    boolean isDuplicate(CharSpan span, CharSpan cue) {
        return drafts.stream().filter(d -> cue == null || !d.content().contains(cue))
                .filter(d -> d.rule() != Rule.ACCORDING_TO)
                .anyMatch(d -> {
            int overlap = Math.min(d.content().end(), span.end()) - Math.max(d.content().start(), span.start());
            return overlap * 2 > span.length() && overlap * 2 > d.content().length();
        });
    }

    /** The sentence a quote opens in, when the quote still needs a speaker and starts its own chain. */
    Optional<Sentence> openingSentence(Quote quote) {
        if (isAttributed(quote.span()) || quote.continuesPrevious()) {
            return Optional.empty();
        }
        return doc.sentenceAt(quote.span().start());
    }

    Optional<Draft> draftWithContent(CharSpan span) {
        return drafts.stream().filter(d -> d.content().contains(span)).findFirst();
    }

    static String key(Sentence s, int token) {
        return s.index() + ":" + token;
    }
}
