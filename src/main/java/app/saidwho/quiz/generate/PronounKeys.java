package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.FirstNames;
import java.util.Locale;
import java.util.Optional;

/**
 * When a speaker found through a pronoun ("…," she said) may be a key. A reader resolves "she" to the person
 * the text named last, a sentence or two before; when the engine picked someone else, or a name no reader
 * would take for a speaker, the key is not provable, however sure the engine's rule is.
 */
final class PronounKeys {
    private PronounKeys() {
    }

    /** Why the pronoun's person is not backed up by the text, or empty when it is (or there is no pronoun). */
    static Optional<String> doubt(ArticleFacts facts, Attribution a, CharSpan words) {
        if (!facts.mentionIsPronoun(a)) {
            return Optional.empty();
        }
        String speaker = facts.speakers.fullName(a.source().name(), a.source().type());
        if (words != null && Excerpts.wordCount(words.text(facts.text)) < 4) {
            return Optional.of("the speaker is only a pronoun, and a few quoted words are too little to check");
        }
        String first = speaker.split(" ")[0];
        if (!facts.speakers.isSpeaker(speaker) && !(speaker.contains(" ") && FirstNames.isGivenName(first))) {
            // "she said" taken to be North Carolina: a reader needs a person, named as one
            return Optional.of("the engine is not sure who said it: \"" + facts.mention(a) + "\" is taken to be "
                    + speaker + ", who is neither named as a person nor speaks elsewhere in the article");
        }
        int before = Math.min(a.source().span().start(), a.content().start());
        String pronoun = facts.mention(a);
        Speakers.Named nearest = facts.speakers.named.lastBefore(before, pronoun);
        if (nearest == null || !Speakers.surname(speaker).equals(nearest.surname().toLowerCase(Locale.ROOT))
                || Sentences.endsBetween(facts.text, nearest.at(), before) > 2) {
            return Optional.of("the engine is not sure who said it: \"" + facts.mention(a) + "\" is taken to be "
                    + speaker + ", but " + (nearest == null ? "no one is named just before it"
                    : "the person named last before it is " + nearest.surname()));
        }
        // "Ana Lopez met Jane Berg. "…," she said.": a reader cannot tell, so neither may the key
        String surname = Speakers.surname(speaker);
        return facts.speakers.named.between(Sentences.startOfSentenceBefore(facts.text, before), before, pronoun).stream()
                .map(n -> n.surname().toLowerCase(Locale.ROOT)).filter(n -> !n.equals(surname)).findFirst()
                .map(other -> "the engine is not sure who said it: \"" + facts.mention(a) + "\" is taken to be " + speaker
                        + ", but " + other + " is named just before it too");
    }
}
