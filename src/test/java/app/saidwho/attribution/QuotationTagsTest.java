package app.saidwho.attribution;

import static app.saidwho.attribution.AttributionEngineTest.analyse;
import static app.saidwho.attribution.AttributionEngineTest.withContent;
import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.AttributionEngineTest.Found;
import org.junit.jupiter.api.Test;

/** Speech tags with a phrase before the quotation, less common speech verbs, and titles in quotes; names are made up. */
class QuotationTagsTest {

    @Test
    void shouldReachTheSpeakerAcrossAPhraseOfTimeAndPlace() {
        Found found = withContent("As Mira Dell said last week in Porto, \"The region is the centre of the digital future.\"",
                "digital future");

        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_THEN_QUOTE);
        assertThat(found.source()).isEqualTo("Mira Dell");
    }

    @Test
    void shouldReachTheSpeakerAcrossWhomTheWordsWereFor() {
        Found found = withContent("During the breakfast, Tom Canby wrote to his 20,000 followers, \"It is time to end this.\"",
                "time to end");

        assertThat(found.source()).isEqualTo("Tom Canby");
    }

    @Test
    void shouldNotTakeTheOneSpokenOfForTheSpeaker() {
        Found found = withContent("Asked about the rally, Gov. Tom Arlen, said of Ruiz, \"She has earned it.\"", "earned it");

        assertThat(found.source()).isNotEqualTo("of Ruiz");
        assertThat(found.attribution().source().name()).isNotEqualTo("Ruiz");
    }

    @Test
    void shouldReadLessCommonSpeechVerbsNextToAQuotation() {
        assertThat(withContent("\"France will always be France,\" an angry Lena Hollis retaliated.", "always be")
                .source()).isEqualTo("an angry Lena Hollis");
        assertThat(withContent("\"People are afraid of wasting their votes,\" Ken Aldo surmised.", "afraid")
                .source()).isEqualTo("Ken Aldo");
        assertThat(withContent("\"Would it be negotiable?\" Ines Marr pressed.", "negotiable").source())
                .isEqualTo("Ines Marr");
    }

    @Test
    void shouldNotMistakeATitleInQuotesForSomeonesWords() {
        AttributionResult play = analyse("Comedians are performing a popular play called \"Sons of the Mayor,\" in the old theatre.");
        AttributionResult show = analyse("He was the most famous graduate of the reality show, \"The Contender.\" He later ran a firm.");
        AttributionResult named = analyse("Senator Ann Vole named \"Madam Secretary\" as her favourite television show.");

        assertThat(play.attributions()).isEmpty();
        assertThat(show.attributions()).isEmpty();
        assertThat(named.attributions()).isEmpty();
    }

    @Test
    void shouldStillReadALabelInQuotesAsTheSpeakersWording() {
        Found found = withContent("Senator Ann Vole called the plan \"a disaster for every family in the county.\"",
                "disaster");

        assertThat(found.source()).isEqualTo("Senator Ann Vole");
    }
}
