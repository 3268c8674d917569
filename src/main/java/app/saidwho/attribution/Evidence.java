package app.saidwho.attribution;

import java.util.Set;

/**
 * Reads the evidence behind an attribution as a {@link Confidence}. HIGH: a quotation tied to its speech tag
 * after it ("…," Lopez said; "…," said Lopez; "…," the Harbor Board has announced), with the speaker named
 * in the tag, or in that tag a description ("the official said").
 * MEDIUM: every pronoun the resolver tied to a person, other descriptions, a name with only a colon, belief
 * verbs, paraphrase (also with quoted words in it), and speakers carried over to a quote with no tag. LOW:
 * no speaker, or a pronoun no one fits (the caller passes a weak "they" as unresolved). Calibrated on PolNeAR train, reported on dev (docs/attribution.md).
 */
final class Evidence {
    /** Rules that tie a quotation to a speech tag in its own sentence or the next. */
    private static final Set<Rule> QUOTATION_TAGS = Set.of(Rule.QUOTE_THEN_CUE, Rule.CUE_THEN_QUOTE,
            Rule.CUE_SUBJECT_CONTENT_BEFORE, Rule.CUE_INVERTED_CONTENT_BEFORE);

    private Evidence() {
    }

    /** The confidence of an attribution found from its own cue (not carried over from another). */
    static Confidence of(Draft draft, Phrase named, boolean resolved, Kind kind) {
        boolean quoted = kind == Kind.DIRECT || draft.widenedBy() == Rule.QUOTE_SAME_SPEAKER;
        boolean quotationTag = QUOTATION_TAGS.contains(draft.rule()) && quoted && isSpeechVerb(draft)
                && named.sentence() == draft.cueSentence();
        boolean tagAfterQuote = quotationTag && draft.rule() == Rule.QUOTE_THEN_CUE;
        if (named.head().is("PRON")) {
            if (!resolved) {
                return Confidence.LOW;
            }
            // Even in the tag after a quotation, with its person named in the sentence before, a pronoun
            // names the person PolNeAR's nearest named source is only 89 % of the time on train: never HIGH.
            return Confidence.MEDIUM;
        }
        // A name before its quotation ("Lopez said "…"", "Lopez said: "…"") names the person PolNeAR does
        // only 92 % of the time on train (the quotation is often a sign, a chant or another's words): MEDIUM.
        boolean strong = quotationTag && named.has("PROPN") && draft.rule() != Rule.CUE_THEN_QUOTE || tagAfterQuote;
        return strong ? Confidence.HIGH : Confidence.MEDIUM;
    }

    /**
     * A surname two people of the article share, read by proximity or by who is named most, is at most
     * MEDIUM; one that nothing tells apart ("Doe said" of Jane and Carl Doe, no title) is LOW.
     */
    static Confidence likelyName(Confidence found, boolean named) {
        return !named ? Confidence.LOW : found == Confidence.HIGH ? Confidence.MEDIUM : found;
    }

    /** A quote that takes its speaker from an earlier one, with no tag of its own, is at most MEDIUM. */
    static Confidence carriedOver(Confidence from) {
        return from == Confidence.HIGH ? Confidence.MEDIUM : from;
    }

    private static boolean isSpeechVerb(Draft draft) {
        return draft.cue() != null && draft.cue().stance() != Stance.BELIEF
                && !draft.cue().lemma().equals(DraftBook.COLON.lemma());
    }
}
