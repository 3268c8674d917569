package app.saidwho.attribution;

import static app.saidwho.attribution.AttributionEngineTest.withContent;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words that cannot speak are never given as a source's name; names are made up. */
class JunkNamesTest {

    @Test
    void shouldNameNoOneWhenADayTakesTheSpeakersPlace() {
        assertThat(JunkNames.isJunk("Friday said the ferry would run.", "Friday")).isTrue();
        assertThat(JunkNames.isJunk("Ann Friday said the ferry would run.", "Ann Friday")).isFalse();
    }

    @Test
    void shouldNameNoOneForACapitalisedWordTheArticleAlsoWritesInLowerCase() {
        String text = "Latest: the vote is close.\nThe latest figures came in at noon. Latest said it was close.";

        assertThat(JunkNames.isJunk(text, "Latest")).isTrue();
        assertThat(JunkNames.isJunk(text, "Vandal")).isFalse();
    }

    @Test
    void shouldKeepABodyNamedByWhatItIs() {
        assertThat(JunkNames.isJunk("Police said the road was closed. The police later reopened it.", "Police")).isFalse();
    }

    @Test
    void shouldGiveTheQuoteNoNamedSpeakerWhenTheTaggerTookAWordForAName() {
        String text = "Costs rose again this year.\n\"We cannot pay more,\" Cost said, according to the notice. The cost is high.";
        AttributionEngineTest.Found found = withContent(text, "pay more");

        assertThat(found.attribution().source() == null || found.attribution().source().name() == null).isTrue();
    }
}
