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
    void shouldTrustAPronounLessThanAName() {
        String text = "Lena Ortiz visited the site on Monday.\n\"The bridge will open in June,\" she said.";
        AttributionEngineTest.Found found = withContent(text, "bridge");

        assertThat(found.attribution().source().name()).isEqualTo("Lena Ortiz");
        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldTrustABeliefVerbLessThanASpeechVerb() {
        AttributionEngineTest.Found found = withContent("Lena Ortiz believes that the bridge will open in June.", "bridge");

        assertThat(found.attribution().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void shouldTrustASpeakerCarriedOverFromAnEarlierQuoteLess() {
        String text = "\"We have waited long enough,\" Lena Ortiz said. \"The bridge will open in June.\"";
        AttributionEngineTest.Found found = withContent(text, "bridge");

        assertThat(found.attribution().ruleName()).isEqualTo("quote-then-cue+quote-same-speaker");
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
}
