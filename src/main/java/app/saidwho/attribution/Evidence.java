package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the evidence behind an attribution as a {@link Confidence}. HIGH: a quotation tied to its speech tag
 * after it ("…," Lopez said; "…," said Lopez; "…," the Harbor Board has announced), with the speaker named
 * in the tag, or in that tag a description ("the official said"); a person named before a plain speech verb
 * with quoted words after it in the same sentence ("Lopez said the plan "works""), or before a participle of
 * speech ("Lopez hit back, saying the plan "works"").
 * MEDIUM: every pronoun the resolver tied to a person, a name before its quotation with any other verb, other
 * descriptions, a name with only a colon, belief verbs, paraphrase, and speakers carried over to a quote with
 * no tag. LOW:
 * no speaker, or a pronoun no one fits (the caller passes a weak "they" as unresolved). Calibrated on PolNeAR train, reported on dev (docs/attribution.md).
 */
final class Evidence {
    /** Rules that tie a quotation to a speech tag in its own sentence or the next. */
    private static final Set<Rule> QUOTATION_TAGS = Set.of(Rule.QUOTE_THEN_CUE, Rule.CUE_THEN_QUOTE,
            Rule.CUE_SUBJECT_CONTENT_BEFORE, Rule.CUE_INVERTED_CONTENT_BEFORE);
    /** Rules with the source before its cue and the content after it. */
    private static final Set<Rule> NAME_BEFORE_CONTENT = Set.of(Rule.CUE_THEN_QUOTE, Rule.CUE_SUBJECT_CONTENT_AFTER);
    /** How many words may stand between a name and its plain speech verb ("Ruiz has also said"). */
    private static final int MAX_WORDS_BEFORE_VERB = 2;
    /** How far after the named speaker's quotation a "he said" still tags the same person. */
    private static final int SAME_PERSON_REACH = 400;
    /** How far after the last named speaker a "he said" still tags that person. */
    private static final int LAST_SPEAKER_REACH = 150;
    private static final String PRONOUN = "(?i)he|she|they|it|who|i|we|you|him|her|them";

    /**
     * What the assembly found about a draft's source: {@code named} the phrase naming it (a relative "who"
     * replaced by its antecedent), whether it was {@code resolved} to an entity, whether that was only a
     * likely reading ({@code uncertain}), whether the entity is a person, whether the cue stands inside someone's
     * quotation, and the content's kind.
     */
    record Found(Phrase named, boolean relative, boolean resolved, boolean uncertain, boolean person,
                 boolean cueQuoted, Kind kind) {
    }

    private Evidence() {
    }

    /** The confidence of an attribution found from its own cue (not carried over from another). */
    static Confidence of(Draft draft, Found found) {
        Phrase named = found.named();
        boolean quoted = found.kind() == Kind.DIRECT || draft.widenedBy() == Rule.QUOTE_SAME_SPEAKER;
        boolean quotationTag = QUOTATION_TAGS.contains(draft.rule()) && quoted && isSpeechVerb(draft)
                && named.sentence() == draft.cueSentence();
        boolean tagAfterQuote = quotationTag && draft.rule() == Rule.QUOTE_THEN_CUE;
        if (named.head().is("PRON")) {
            if (!found.resolved()) {
                return Confidence.LOW;
            }
            // Even in the tag after a quotation, with its person named in the sentence before, a pronoun
            // names the person PolNeAR's nearest named source is only 89 % of the time on train: never HIGH.
            return Confidence.MEDIUM;
        }
        // A name before its quotation names the person PolNeAR does only 92 % of the time on train with every
        // verb (a sign "saying", a chant, "called it"): HIGH only with a plain speech verb (namedPersonSpeaking).
        boolean strong = quotationTag && named.has("PROPN") && draft.rule() != Rule.CUE_THEN_QUOTE || tagAfterQuote;
        boolean high = (strong || namedPersonSpeaking(draft, found) || namedPersonGoingOn(draft, found)) && !passedOn(draft);
        Confidence level = high ? Confidence.HIGH : Confidence.MEDIUM;
        return found.uncertain() ? likelyName(level, found.resolved()) : level;
    }

    /**
     * "Ana Ruiz said the plan "works"", "Ruiz told reporters: "…"": a person the article names, before a finite
     * plain speech verb (not "saying", "called", "suggested") outside any quotation, with quoted words after
     * it in that sentence.
     * Right by name 98 % of the time on train (669 quotes; the forms of "say" before a quotation alone 98 %,
     * where "Lopez said: "…"" with every verb was 92 %: a sign, a chant or a text message "saying" is no speech).
     */
    private static boolean namedPersonSpeaking(Draft draft, Found found) {
        Token cue = draft.cueSentence() == null ? null : draft.cueSentence().token(draft.cueToken());
        boolean quotedWords = found.kind() == Kind.DIRECT || found.kind() == Kind.MIXED;
        return NAME_BEFORE_CONTENT.contains(draft.rule()) && quotedWords && cue != null
                && Words.PLAIN_SPEECH_FORMS.contains(cue.lower()) && found.named().has("PROPN") && !found.relative()
                && found.resolved() && !found.uncertain() && found.person() && !found.cueQuoted()
                && found.named().sentence() == draft.cueSentence() && nextToItsVerb(found.named(), draft.cueToken());
    }

    /**
     * "Ana Ruiz hit back on Monday, saying the plan "works"": a person the article names, in the sentence of a
     * participle of speech ("saying", "adding", "calling it") with quoted words after it. Right by name 97 % of
     * the time on train (111 quotes; a pronoun before the participle is left MEDIUM like every pronoun).
     */
    private static boolean namedPersonGoingOn(Draft draft, Found found) {
        boolean quotedWords = found.kind() == Kind.DIRECT || found.kind() == Kind.MIXED;
        return draft.rule() == Rule.PARTICIPLE_CLAUSE && quotedWords && found.named().has("PROPN")
                && !found.relative() && found.resolved() && !found.uncertain() && found.person() && !found.cueQuoted()
                && found.named().sentence() == draft.cueSentence();
    }

    /**
     * The name stands right before its verb, or a word or two before it ("Ruiz also said"), or before an
     * aside set off by a comma or a bracket ("Ruiz, the mayor, said"); not far back, where it is more
     * likely an object ("his attacks on Ruiz have given him momentum and said"); never after it ("responds
     * to Ruiz with "…"").
     */
    private static boolean nextToItsVerb(Phrase named, int cue) {
        int after = named.last() + 1;
        boolean aside = after < cue && named.sentence().token(after).isWord(",", "(");
        return after <= cue && (aside || cue - after <= MAX_WORDS_BEFORE_VERB);
    }

    /**
     * "“…,” the judge said, according to the Ledger": words the article has from another outlet, a transcript
     * or a recording, which PolNeAR gives to that report (on train 8 of 9 such HIGH quotes had the report as
     * their source). "said that according to its count …" is content, not a report of the words.
     */
    private static boolean passedOn(Draft draft) {
        Sentence s = draft.cueSentence();
        for (int k = draft.cueToken() + 1; s != null && k + 1 < s.size(); k++) {
            Token t = s.token(k);
            if (t.isWord("that") || t.isQuoteMark() || draft.content().contains(t.span())) {
                return false;
            }
            if (t.isWord("according") && s.token(k + 1).isWord("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A surname two people of the article share, read by proximity or by who is named most, is at most
     * MEDIUM; one that nothing tells apart ("Doe said" of Jane and Carl Doe, no title) is LOW.
     */
    static Confidence likelyName(Confidence found, boolean named) {
        return !named ? Confidence.LOW : found == Confidence.HIGH ? Confidence.MEDIUM : found;
    }

    /**
     * "“…,” Reed said. “…,” he said.": a he or she in the tag after a quotation, resolved to the person the
     * attribution just before names in its own HIGH tag, is that person again: HIGH. So is one whose person is
     * the last speaker the article named, a few lines back with only that person's words since ("Reed, the
     * mayor, argued the plan "…". “…,” he said."). In text order.
     */
    static List<Attribution> samePersonAgain(String text, List<Attribution> ordered) {
        List<Attribution> raised = new ArrayList<>(ordered);
        for (int i = 1; i < ordered.size(); i++) {
            Attribution a = ordered.get(i);
            if (isPronounTag(text, a) && !FirstNames.pronounClashes(a.source().span().text(text), a.source().name())
                    && (taggedJustBefore(raised.get(i - 1), a) || lastNamedSpeaker(text, raised, i))) {
                raised.set(i, a.withConfidence(Confidence.HIGH));
            }
        }
        return raised;
    }

    private static boolean taggedJustBefore(Attribution before, Attribution a) {
        return before.confidence() == Confidence.HIGH && before.source() != null
                && a.source().name().equals(before.source().name())
                && a.content().start() - before.content().end() <= SAME_PERSON_REACH;
    }

    /**
     * The nearest attribution before {@code ordered[i]} whose source is a name (not a pronoun) names its person,
     * a name the article gives in full, within {@link #LAST_SPEAKER_REACH} characters of the pronoun, and every
     * attribution between them is that person's too. Right by name 97 % of the time on train (74 quotes); with
     * 300 characters 96 % (241), the marginal ones right by hand but not by name (PolNeAR marks no coreference).
     */
    private static boolean lastNamedSpeaker(String text, List<Attribution> ordered, int i) {
        Attribution a = ordered.get(i);
        for (int j = i - 1; j >= 0; j--) {
            SourceMention before = ordered.get(j).source();
            if (before == null || !a.source().name().equals(before.name())) {
                return false;
            }
            if (!before.span().text(text).matches(PRONOUN)) {
                return ordered.get(j).confidence() != Confidence.LOW && !before.uncertain()
                        && before.type() == SourceType.PERSON && isFullName(text, before)
                        && a.source().span().start() - before.span().end() <= LAST_SPEAKER_REACH;
            }
        }
        return false;
    }

    /** A person named by a name the article gives in full ("Ana Ruiz", then "Ruiz"), not by a description. */
    private static boolean isFullName(String text, SourceMention named) {
        String[] words = named.name().split(" ");
        return words.length > 1 && named.span().text(text).contains(words[words.length - 1]);
    }

    private static boolean isPronounTag(String text, Attribution a) {
        return a.rule() == Rule.QUOTE_THEN_CUE && a.confidence() == Confidence.MEDIUM && a.kind() == Kind.DIRECT
                && a.source() != null && a.source().name() != null && !a.source().uncertain()
                && a.source().span().text(text).matches("(?i)he|she");
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
