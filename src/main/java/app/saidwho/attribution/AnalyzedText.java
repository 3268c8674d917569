package app.saidwho.attribution;

import java.util.List;
import java.util.Optional;

/** The article split into paragraphs, sentences and tagged tokens, with boilerplate set apart. */
public record AnalyzedText(String text, List<CharSpan> paragraphs, List<Sentence> sentences,
                           List<CharSpan> boilerplate) {

    /** The sentence holding the offset; sentences are in text order and never overlap, so a binary search finds it. */
    public Optional<Sentence> sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            CharSpan span = sentences.get(middle).span();
            if (offset < span.start()) {
                high = middle - 1;
            } else if (offset >= span.end()) {
                low = middle + 1;
            } else {
                return Optional.of(sentences.get(middle));
            }
        }
        return Optional.empty();
    }

    public String text(CharSpan span) {
        return span.text(text);
    }
}
