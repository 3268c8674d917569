package app.saidwho.attribution;

import java.util.List;
import java.util.Optional;

/** The article split into paragraphs, sentences and tagged tokens, with boilerplate set apart. */
public record AnalyzedText(String text, List<CharSpan> paragraphs, List<Sentence> sentences,
                           List<CharSpan> boilerplate) {

    public Optional<Sentence> sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (sentence.span().contains(offset)) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    public String text(CharSpan span) {
        return span.text(text);
    }
}
