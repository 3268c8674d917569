package app.saidwho.attribution;

import static app.saidwho.attribution.AttributionEngineTest.withContent;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The confidence each attribution carries, from the evidence behind its source; names are made up. */
class ConfidenceTest {

    @Test
    void shouldTrustANameNextToItsSpeechVerb() {
        AttributionEngineTest.Found found = withContent("\"The bridge will open in June,\" Mayor Lena Ortiz said.", "bridge");

        assertThat(found.attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldKeepAPronounOutOfHighEvenWhenItsPersonWasNamedJustBefore() {
        String text = "Lena Ortiz visited the site on Monday.\n\"The bridge will open in June,\" she said.";
        AttributionEngineTest.Found found = withContent(text, "bridge");

        assertThat(found.attribution().source().name()).isEqualTo("Lena Ortiz");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldTrustAPronounLessWhenItsPersonWasNamedSentencesEarlier() {
        String text = "Lena Ortiz visited the site on Monday. The river was high. Workers cleared the road. "
                + "Trucks waited at the gate.\n\"The bridge will open in June,\" she said.";
        AttributionEngineTest.Found found = withContent(text, "bridge");

        assertThat(found.attribution().source().name()).isEqualTo("Lena Ortiz");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldTrustANamedSubjectGoingOnToSpeakInAParticipleClause() {
        String text = "Mayor Lena Ortiz hit back on Monday, saying the bridge \"will open in June, whatever they say.\"";
        AttributionEngineTest.Found found = withContent(text, "will open in June");

        assertThat(found.attribution().rule()).isEqualTo(Rule.PARTICIPLE_CLAUSE);
        assertThat(found.attribution().source().name()).isEqualTo("Lena Ortiz");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldKeepAParticipleClauseOutOfHighWhenItsSpeakerIsAPronoun() {
        String text = "Lena Ortiz spoke for an hour. She hit back on Monday, saying the bridge \"will open in June, whatever they say.\"";
        AttributionEngineTest.Found found = withContent(text, "will open in June");

        assertThat(found.attribution().rule()).isEqualTo(Rule.PARTICIPLE_CLAUSE);
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldTrustADescriptionInTheTagAfterAQuote() {
        AttributionEngineTest.Found found = withContent("\"The bridge will open in June,\" the official said.", "bridge");

        assertThat(found.attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldTrustAParaphraseLessThanAQuotation() {
        AttributionEngineTest.Found found = withContent("Lena Ortiz said the bridge would open in June.", "bridge");

        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldTrustABeliefVerbLessThanASpeechVerb() {
        AttributionEngineTest.Found found = withContent("Lena Ortiz believes that the bridge will open in June.", "bridge");

        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldTrustTheNextQuoteOfTheSameSpeakerAsMuchAsTheTaggedOne() {
        String text = "\"We have waited long enough,\" Lena Ortiz said. \"The bridge will open in June.\"";
        AttributionEngineTest.Found found = withContent(text, "bridge");

        assertThat(found.attribution().ruleName()).isEqualTo("quote-then-cue+quote-same-speaker");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldTrustAQuoteCarriedOverFromTheParagraphBeforeLess() {
        String text = "Mayor Lena Ortiz spoke for an hour. She said: \"We asked every year and nothing happened.\n"
                + "\"The bridge will open in June and not a day later.\"";
        AttributionEngineTest.Found found = withContent(text, "not a day later");

        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_CONTINUED);
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldGiveLowConfidenceToAQuotationWithNoSpeaker() {
        AttributionEngineTest.Found found = withContent("The sign by the road read nothing. \"The bridge will open in June and not before.\"",
                "bridge");

        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_SPEAKER_UNKNOWN);
        assertThat(found.attribution().source()).isNull();
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void shouldTrustANameBeforeItsQuotationLessWhenTheVerbIsNoPlainSpeechVerb() {
        AttributionEngineTest.Found found = withContent("Mayor Lena Ortiz shouted: \"The bridge will open in June.\"", "bridge");

        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_THEN_QUOTE);
        assertThat(found.attribution().source().name()).isEqualTo("Lena Ortiz");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldTrustAPersonNamedBeforeSaidWithTheQuotationAfterIt() {
        AttributionEngineTest.Found found = withContent("Mayor Lena Ortiz said: \"The bridge will open in June.\"", "bridge");

        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_THEN_QUOTE);
        assertThat(found.attribution().source().name()).isEqualTo("Lena Ortiz");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldTrustAPersonNamedBeforeSaidWithQuotedWordsInTheParaphrase() {
        String text = "Lena Ortiz told reporters the bridge would \"open in June and not a day later.\"";
        AttributionEngineTest.Found found = withContent(text, "bridge");

        assertThat(found.attribution().kind()).isEqualTo(Kind.MIXED);
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldNotTrustAParticipleOrALabellingVerbBeforeAQuotation() {
        String saying = "Lena Ortiz held up a sign saying \"The bridge will open in June.\"";
        String called = "Lena Ortiz called the plan \"a bridge to nowhere and a waste of money.\"";

        assertThat(withContent(saying, "bridge").attribution().confidence()).isNotEqualTo(Confidence.HIGH);
        assertThat(withContent(called, "bridge").attribution().confidence()).isNotEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldNotTrustAPlaceOrAGroupBeforeSaidAsAPersonSpeaking() {
        String text = "Lake County said the bridge would \"open in June and not a day later.\"";

        assertThat(withContent(text, "bridge").attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldNotTrustANameFarBeforeItsVerb() {
        String text = "Ana Ruiz spoke first. She said her recent attacks on Tom Berg have given her campaign momentum "
                + "and said that Berg did not stand for \"the party of the harbor.\"";

        assertThat(withContent(text, "party of the harbor").attribution().confidence()).isNotEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldTrustAPersonNamedBeforeAnAsideAndSaid() {
        String text = "Lena Ortiz, the mayor, said the bridge would \"open in June and not a day later.\"";

        assertThat(withContent(text, "bridge").attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldTrustAPronounWhosePersonIsTheLastSpeakerNamed() {
        String text = "Lena Ortiz, the mayor, argued that the plan would \"cut the queues\" at the port.\n"
                + "\"The bridge will open in June,\" she said.";
        AttributionEngineTest.Found found = withContent(text, "bridge");

        assertThat(found.attribution().source().name()).isEqualTo("Lena Ortiz");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void shouldNotTrustAPronounWhenAnotherSpeakerWasNamedSince() {
        String text = "Lena Ortiz, the mayor, argued that the plan would \"cut the queues\" at the port. "
                + "Tom Reed, a trucker, said the queues were short.\n\"The bridge will open in June,\" she said.";
        AttributionEngineTest.Found found = withContent(text, "bridge");

        assertThat(found.attribution().source().name()).isEqualTo("Lena Ortiz");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldNotTrustATagWhoseWordsTheArticleHasFromAnotherOutlet() {
        String text = "\"When does it stop?\" the judge said, according to the Ledger.";

        assertThat(withContent(text, "stop").attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldStillTrustATagWhoseParaphraseCitesACount() {
        String text = "\"We won,\" Ana Ruiz said on Monday, and added that according to her count the party took most seats.";

        assertThat(withContent(text, "We won").attribution().confidence()).isEqualTo(Confidence.HIGH);
    }
}
