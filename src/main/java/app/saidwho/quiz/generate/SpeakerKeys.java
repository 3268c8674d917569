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
                && !facts.mentionIsPronoun(a) && mentionNamesThePerson(facts, a) && !titleAgainstName(facts, a)
                && !placeOfTheSpeaker(facts, a) && !passiveCue(facts.text, a.cue().span().start())
                && !subordinateTag(facts, a);
    }

    /**
     * "“…,” one Clinton aide said" taken to mean a person named earlier: the mention is a description, so the
     * article itself does not say which aide; a person is a sure key only when the mention holds their surname.
     */
    static boolean mentionNamesThePerson(ArticleFacts facts, Attribution a) {
        if (a.source().type() != app.saidwho.attribution.SourceType.PERSON) {
            return true;
        }
        String surname = Speakers.surname(a.source().name()).replaceAll("['’]s?$", "");
        return java.util.Arrays.asList(facts.mention(a).split("[^\\p{L}'’.-]+")).stream()
                .map(w -> w.replaceAll("['’]s?$|\\.$", "")).anyMatch(w -> w.equalsIgnoreCase(surname));
    }

    /**
     * "“…,” Berg tweeted, “…,” after Lopez expressed her support": a name and cue after the words, opened by "after"
     * or "when", tell what happened around the words, not who said them.
     */
    static boolean subordinateTag(ArticleFacts facts, Attribution a) {
        int tagStart = Math.min(a.source().span().start(), a.cue().span().start());
        return a.content().end() <= tagStart && passiveCue(facts.text, tagStart);
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

    /**
     * "said Representative Jon Pell of New York" resolved to "New York", "wrote Ann Dale on Hot Air" to "Hot Air": a
     * name after a preposition in the mention is the speaker's place or outlet, not the speaker.
     */
    static boolean placeOfTheSpeaker(ArticleFacts facts, Attribution a) {
        String mention = facts.mention(a);
        return !mention.startsWith(a.source().name()) && java.util.regex.Pattern.compile("\\s(?:of|on|at|from|for|in)\\s+(?:the\\s+)?"
                + java.util.regex.Pattern.quote(a.source().name()) + "\\b").matcher(mention).find();
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
