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
                && !facts.mentionIsPronoun(a) && !titleAgainstName(facts, a) && !placeOfTheSpeaker(facts, a)
                && !passiveCue(facts.text, a.cue().span().start());
    }

    /**
     * "Lopez told the council when asked …": a cue right after "when" or "if" is passive, so the body named before
     * it ("the council") is whom the question was put to, not the speaker.
     */
    static boolean passiveCue(String text, int cueStart) {
        String before = text.substring(Math.max(0, cueStart - 12), cueStart);
        return before.matches("(?is).*\\b(?:when|if|after|before|once|being|unless|until)\\s+$");
    }

    /** A name the mention itself contradicts (a title of the other gender, the speaker's place): no speaker at all. */
    static boolean misnamed(ArticleFacts facts, Attribution a) {
        String title = facts.mention(a).strip().split("\\s+")[0];
        return app.saidwho.attribution.FirstNames.titleContradicts(title, a.source().name()) || placeOfTheSpeaker(facts, a);
    }

    /** "said Representative Jon Pell of New York" resolved to "New York": the speaker's place, not the speaker. */
    static boolean placeOfTheSpeaker(ArticleFacts facts, Attribution a) {
        String mention = facts.mention(a);
        return mention.contains(" of " + a.source().name()) && !mention.startsWith(a.source().name());
    }

    /** "Mr. Obama said" resolved to Michelle Obama: the article's own title says it is someone else. */
    static boolean titleAgainstName(ArticleFacts facts, Attribution a) {
        String title = facts.mention(a).strip().split("\\s+")[0];
        return app.saidwho.attribution.FirstNames.titleContradicts(title, a.source().name())
                || app.saidwho.attribution.FirstNames.titleContradicts(title,
                facts.speakers.fullName(a.source().name(), a.source().type()));
    }

    /** Whether another named source is also given these words (then no key about who said them is provable). */
    static boolean alsoSaidBySomeoneElse(ArticleFacts facts, Attribution a, String words) {
        String normal = Options.normal(words);
        return facts.attributions().stream()
                .anyMatch(o -> ArticleFacts.named(o) && !o.source().name().equals(a.source().name())
                        && Options.normal(facts.content(o)).contains(normal));
    }
}
