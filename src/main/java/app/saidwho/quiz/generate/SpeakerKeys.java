package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.Confidence;

/** When the new item generators may take the engine's speaker as a key, and when words belong to one speaker only. */
final class SpeakerKeys {
    private SpeakerKeys() {
    }

    /**
     * A named source the engine is sure of (HIGH confidence), tied to its words by a cue, in the article's own
     * naming (no pronoun to resolve).
     */
    static boolean sure(ArticleFacts facts, Attribution a) {
        return a.confidence() == Confidence.HIGH && ArticleFacts.named(a) && ArticleFacts.reportsWords(a)
                && !facts.mentionIsPronoun(a);
    }

    /** Whether another named source is also given these words (then no key about who said them is provable). */
    static boolean alsoSaidBySomeoneElse(ArticleFacts facts, Attribution a, String words) {
        String normal = Options.normal(words);
        return facts.attributions().stream()
                .anyMatch(o -> ArticleFacts.named(o) && !o.source().name().equals(a.source().name())
                        && Options.normal(facts.content(o)).contains(normal));
    }
}
