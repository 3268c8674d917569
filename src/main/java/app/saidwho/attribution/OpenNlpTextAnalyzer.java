package app.saidwho.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Paragraphs by line breaks ({@link Paragraphs}), then OpenNLP's English sentence, token and part-of-speech models (Universal
 * Dependencies tags). The models are loaded once and shared; the OpenNLP tools are not thread-safe, so
 * each thread keeps its own light wrappers around them.
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<Tools> tools;
    private final BoilerplateDetector boilerplate;

    /** OpenNLP's tools are not thread-safe and cost a little to make (the tagger parses XML): one set per thread. */
    private record Tools(SentenceDetectorME sentences, WordSplitter tokenizer, POSTaggerME tagger) {
    }

    public OpenNlpTextAnalyzer(BoilerplateDetector boilerplate) {
        try (InputStream sentences = resource(SENTENCE_MODEL);
             InputStream tokens = resource(TOKEN_MODEL);
             InputStream pos = resource(POS_MODEL)) {
            SentenceModel sentenceModel = new SentenceModel(sentences);
            TokenizerModel tokenModel = new TokenizerModel(tokens);
            POSModel posModel = PosModels.load(pos);
            this.tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(sentenceModel),
                    new WordSplitter(tokenModel), new POSTaggerME(posModel)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
        this.boilerplate = boilerplate;
    }

    private static InputStream resource(String name) {
        InputStream in = OpenNlpTextAnalyzer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }

    @Override
    public AnalyzedText analyze(String text) {
        Tools nlp = tools.get();
        SentenceDetectorME sentenceDetector = nlp.sentences();
        WordSplitter tokenizer = nlp.tokenizer();
        POSTaggerME tagger = nlp.tagger();
        List<CharSpan> paragraphs = new ArrayList<>();
        List<CharSpan> furniture = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CharSpan paragraph : Paragraphs.of(text)) {
            if (boilerplate.isBoilerplate(paragraph.text(text))) {
                furniture.add(paragraph);
                continue;
            }
            paragraphs.add(paragraph);
            String paragraphText = paragraph.text(text);
            for (CharSpan span : joinAfterAbbreviations(paragraphText, sentenceDetector.sentPosDetect(paragraphText))) {
                CharSpan inText = new CharSpan(paragraph.start() + span.start(), paragraph.start() + span.end()).trim(text);
                if (!inText.isEmpty()) {
                    sentences.add(sentence(text, inText, sentences.size(), paragraphs.size() - 1, tokenizer, tagger));
                }
            }
        }
        return new AnalyzedText(text, paragraphs, sentences, furniture);
    }

    private static Sentence sentence(String text, CharSpan span, int index, int paragraph, WordSplitter tokenizer,
                                     POSTaggerME tagger) {
        String sentenceText = span.text(text);
        Span[] tokenSpans = mergeSplitTokens(sentenceText, tokenizer.tokenizePos(sentenceText));
        String[] words = Span.spansToStrings(tokenSpans, sentenceText);
        String[] tags = tagger.tag(words);
        for (int i = 0; i < tags.length; i++) {
            // Contractions come tagged as pairs ("mayor's" NOUN+PART): the first part is the word's role.
            int plus = tags[i].indexOf('+');
            tags[i] = plus > 0 ? tags[i].substring(0, plus) : tags[i];
        }
        retagNames(words, tags);
        TagRepairs.repair(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            CharSpan tokenSpan = new CharSpan(span.start() + tokenSpans[i].getStart(), span.start() + tokenSpans[i].getEnd());
            tokens.add(new Token(tokenSpan, words[i], tags[i], i));
        }
        return new Sentence(index, span, List.copyOf(tokens), paragraph);
    }

    /**
     * The tokenizer splits a name's initial from its full stop ("H" "." in "Paul H. Chipok") and a
     * typewriter double quote into two apostrophes; each pair is one token.
     */
    private static Span[] mergeSplitTokens(String text, Span[] spans) {
        List<Span> merged = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span current = spans[i];
            if (i + 1 < spans.length && current.getEnd() == spans[i + 1].getStart()
                    && (isInitialBeforeName(text, spans, i) || isSplitDoubleQuote(text, current, spans[i + 1])
                    || isAbbreviationInside(text, spans, i))) {
                merged.add(new Span(current.getStart(), spans[i + 1].getEnd()));
                i++;
            } else {
                merged.add(current);
            }
        }
        return merged.toArray(Span[]::new);
    }

    /**
     * "Rep." and "(D-Ore.)" come split from their full stop; a full stop inside a sentence, right after a
     * short capitalised word and before more of the sentence, belongs to that word.
     */
    private static boolean isAbbreviationInside(String text, Span[] spans, int i) {
        String word = spans[i].getCoveredText(text).toString();
        return spans[i + 1].getCoveredText(text).toString().equals(".") && i + 2 < spans.length
                && word.matches("([A-Z]-)?[A-Z][a-z]{0,4}") && !isSentenceEnd(text, spans, i + 2);
    }

    /** Only closing quotes or brackets follow: the full stop ends the sentence. */
    private static boolean isSentenceEnd(String text, Span[] spans, int from) {
        for (int k = from; k < spans.length; k++) {
            String token = spans[k].getCoveredText(text).toString();
            if (!token.matches("[\"”’')\\]]+|''")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInitialBeforeName(String text, Span[] spans, int i) {
        String word = spans[i].getCoveredText(text).toString();
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                && spans[i + 1].getCoveredText(text).toString().equals(".")
                && i + 2 < spans.length && Character.isUpperCase(text.charAt(spans[i + 2].getStart()));
    }

    private static boolean isSplitDoubleQuote(String text, Span first, Span second) {
        return first.getCoveredText(text).toString().equals("'") && second.getCoveredText(text).toString().equals("'");
    }

    /**
     * The tagger reads unknown capitalised names as common words ("Fields said", "Lopez"
     * tagged a verb): a capitalised word tagged VERB, ADJ or NOUN inside a sentence, or opening one before a verb
     * or a comma, is taken for a proper noun.
     */
    private static void retagNames(String[] words, String[] tags) {
        for (int i = 0; i < words.length; i++) {
            boolean capitalised = words[i].length() > 1 && Character.isUpperCase(words[i].charAt(0))
                    && Character.isLowerCase(words[i].charAt(1));
            boolean beforeVerb = i + 1 < words.length && (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX"));
            boolean beforeComma = i + 1 < words.length && words[i + 1].equals(",");
            boolean beforeName = i + 1 < words.length && tags[i + 1].equals("PROPN");
            boolean beforeAdverbAndVerb = i + 2 < words.length && tags[i + 1].equals("ADV") && tags[i + 2].equals("VERB");
            if (capitalised && (tags[i].equals("VERB") || tags[i].equals("ADJ") || tags[i].equals("NOUN"))
                    && (i > 0 || beforeVerb || beforeComma || beforeName || beforeAdverbAndVerb)) {
                tags[i] = "PROPN";
            } else if (capitalised && i > 0 && !tags[i].equals("PROPN") && !tags[i].equals("PUNCT")
                    && !opensClause(words, i - 1)) {
                // Inside a sentence a capitalised word is a name ("Wertheim said", "Whit Symms"), whatever its tag.
                tags[i] = "PROPN";
            } else if (capitalised && tags[i].equals("PRON") && !Words.PRONOUNS.contains(withoutContraction(words[i]))) {
                // "Weaver did not …": an unknown word the tagger calls a pronoun is a name.
                tags[i] = "PROPN";
            } else if (capitalised && i > 0 && tags[i].equals("AUX") && i + 1 < words.length && tags[i + 1].equals("PROPN")) {
                // "said Will Doyle", "Theresa May": a capitalised auxiliary before a name is a name.
                tags[i] = "PROPN";
            } else if (capitalised && i == 0 && (tags[i].equals("SCONJ") || tags[i].equals("ADP"))
                    && words.length > 1 && tags[1].equals("VERB") && Words.looksPast(words[1])) {
                // "Mint described …": no conjunction or preposition is followed straight by a past-tense verb.
                tags[i] = "PROPN";
            }
        }
    }

    /** A colon, bracket, dash or opening quotation mark at {@code k}: the next word may be capitalised anyway. */
    private static boolean opensClause(String[] words, int k) {
        String previous = words[k];
        boolean quote = Quotes.isQuoteMark(previous) || previous.equals("'");
        boolean closingQuote = quote && k > 0 && words[k - 1].matches("[,.!?]");
        return previous.equals(":") || previous.equals("(") || previous.equals("—") || previous.equals(".")
                || quote && !closingQuote;
    }

    /** "It's" → "it", "They’re" → "they". */
    private static String withoutContraction(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int apostrophe = lower.indexOf('\'') >= 0 ? lower.indexOf('\'') : lower.indexOf('’');
        return apostrophe > 0 ? lower.substring(0, apostrophe) : lower;
    }

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|[\\s(“\"'])(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|Gov|Mt|No|[A-Z])\\.$");

    /**
     * The model ends sentences after "Mrs.", an initial or "(D-Nev.)"; such a sentence goes on in the next
     * one, as does any "sentence" that starts with a lower-case word.
     */
    private static List<CharSpan> joinAfterAbbreviations(String paragraph, Span[] spans) {
        List<CharSpan> joined = new ArrayList<>();
        for (Span span : spans) {
            CharSpan current = new CharSpan(span.getStart(), span.getEnd());
            boolean lowerCaseStart = Character.isLowerCase(paragraph.charAt(current.start()));
            if (!joined.isEmpty() && (lowerCaseStart
                    || ABBREVIATION.matcher(joined.get(joined.size() - 1).text(paragraph).strip()).find())) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1).union(current));
            } else {
                joined.add(current);
            }
        }
        return joined;
    }
}
