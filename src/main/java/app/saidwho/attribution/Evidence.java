package app.saidwho.attribution;

/**
 * Reads the evidence behind an attribution as a {@link Confidence}: a source named in the sentence of its
 * speech verb is strong; a pronoun, a description, a name with only a colon, a belief verb or a speaker
 * carried over from an earlier quote is weaker; no speaker, or a pronoun no one in the article fits, is weak.
 */
final class Evidence {
    private Evidence() {
    }

    /** The confidence of an attribution found from its own cue (not carried over from another). */
    static Confidence of(Draft draft, Phrase named, boolean resolved) {
        if (named.head().is("PRON")) {
            return resolved ? Confidence.MEDIUM : Confidence.LOW;
        }
        boolean speechVerb = draft.cue() != null && draft.cue().stance() != Stance.BELIEF
                && !draft.cue().lemma().equals(DraftBook.COLON.lemma());
        boolean sameSentence = draft.cueSentence() != null && named.sentence() == draft.cueSentence();
        boolean strong = named.has("PROPN") && speechVerb && sameSentence && draft.widenedBy() == null;
        return strong ? Confidence.HIGH : Confidence.MEDIUM;
    }

    /** A quote that takes its speaker from an earlier one is at most MEDIUM. */
    static Confidence carriedOver(Confidence from) {
        return from == Confidence.HIGH ? Confidence.MEDIUM : from;
    }
}
