package app.saidwho.attribution;

import java.util.Locale;

/**
 * The rule that found an attribution (or widened its content). Its {@link #label()} is what the API and the
 * brat output show ("quote-then-cue"), so a teacher page can say why this speaker.
 */
public enum Rule {
    /** {@code "…," Lopez said} and {@code "…," said Lopez}. */
    QUOTE_THEN_CUE,
    /** {@code He laughed and said: "…"}. */
    CUE_THEN_QUOTE,
    /** {@code He declared:} ending the sentence or paragraph before the quote. */
    CUE_COLON_QUOTE,
    /** {@code Kerry: "…"}. */
    NAME_COLON_QUOTE,
    /** A cue with its subject on the left and the content after it. */
    CUE_SUBJECT_CONTENT_AFTER,
    /** A cue with its subject on the left and the content before the subject. */
    CUE_SUBJECT_CONTENT_BEFORE,
    /** {@code said Lopez} with the content after the source. */
    CUE_INVERTED_CONTENT_AFTER,
    /** {@code …, said Lopez}: the content before the cue. */
    CUE_INVERTED_CONTENT_BEFORE,
    /** {@code …, saying …}: the speaker is the clause's subject. */
    PARTICIPLE_CLAUSE,
    /** {@code according to X}. */
    ACCORDING_TO,
    /** {@code Asked whether …,}: a question with no named asker. */
    ASKED_CLAUSE,
    /** {@code X is expected to …}: a forecast with no source. */
    IS_EXPECTED,
    /** A headline's {@code Name: claim}. */
    HEADLINE_COLON,
    /** {@code In a CNN poll, …}. */
    IN_REPORT,
    /** A quote running over paragraphs takes the speaker of its first piece. */
    QUOTE_CONTINUED,
    /** A quote opening the next sentence joins the content of the quote just before it. */
    QUOTE_SAME_SPEAKER,
    /** {@code Moore thanked him for "…"}: the subject of a sentence quoting words with a verb the lexicon lacks. */
    QUOTING_SUBJECT,
    /** A quotation no rule attributed: someone's words, speaker not found. */
    QUOTE_SPEAKER_UNKNOWN;

    /** The name as written in the output: {@code QUOTE_THEN_CUE} → {@code quote-then-cue}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "cue-subject-content-after": a cue of the lexicon with its source found around it. */
    static Rule fromCue(boolean inverted, boolean contentAfter) {
        if (inverted) {
            return contentAfter ? CUE_INVERTED_CONTENT_AFTER : CUE_INVERTED_CONTENT_BEFORE;
        }
        return contentAfter ? CUE_SUBJECT_CONTENT_AFTER : CUE_SUBJECT_CONTENT_BEFORE;
    }
}
