package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's tokenizer with a memory. The tokenizer first cuts at white space and then decides every split
 * inside a chunk from that chunk's characters alone, so a chunk seen before ("said", "Lopez's", "“We")
 * splits as it did then: the splits are remembered per chunk (a quarter of the engine's time otherwise).
 * One instance per thread, like the tokenizer itself.
 */
final class WordSplitter {
    private static final int REMEMBERED = 10_000; // about 1 MB a thread; an article has a few thousand chunks

    private final TokenizerME tokenizer;
    private final Map<String, Span[]> splits = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Span[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    WordSplitter(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    /** The tokens of a sentence as spans over it, exactly as {@link TokenizerME#tokenizePos} gives them. */
    Span[] tokenizePos(String text) {
        List<Span> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                for (Span piece : splits.computeIfAbsent(text.substring(start, i), tokenizer::tokenizePos)) {
                    tokens.add(new Span(start + piece.getStart(), start + piece.getEnd()));
                }
            }
        }
        return tokens.toArray(Span[]::new);
    }

    /** White space as OpenNLP's whitespace tokenizer reads it. */
    private static boolean isSpace(char c) {
        return StringUtil.isWhitespace(c);
    }
}
