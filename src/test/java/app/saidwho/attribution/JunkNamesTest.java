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

    @Test
    void shouldKeepABodysWholeNameAcrossForAndOf() {
        String text = "\"Nobody is above the law,\" said Tom Reyes of the Center for Public Integrity. "
                + "\"Nobody,\" the Center for Public Integrity added.";
        SourceMention center = withContent(text, "Nobody,").attribution().source();

        assertThat(center.name()).isEqualTo("Center for Public Integrity");
        assertThat(center.type()).isEqualTo(SourceType.ORGANISATION);
        assertThat(withContent(text, "above the law").attribution().source().name()).isEqualTo("Tom Reyes");
    }

    @Test
    void shouldKeepThePersonNamedAfterABodyAndATitle() {
        String text = "Department of Fisheries Secretary Ana Ruiz said the boats would stay in port.";

        assertThat(withContent(text, "boats would stay").attribution().source().name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void shouldTakeThePersonALabelOpeningTheSentenceNames() {
        String text = "Campaigner, Jane Doe, said: \"We will not stop until the mine is closed.\"";
        AttributionEngineTest.Found found = withContent(text, "mine is closed");

        assertThat(found.source()).isEqualTo("Jane Doe");
        assertThat(found.attribution().source().name()).isEqualTo("Jane Doe");
    }

    @Test
    void shouldKeepACommissionNamedForItsSubjectWhole() {
        String text = "The Commission on Harbor Safety said the ferries would run again in June.";
        SourceMention commission = withContent(text, "ferries").attribution().source();

        assertThat(commission.name()).isEqualTo("Commission on Harbor Safety");
        assertThat(commission.type()).isEqualTo(SourceType.ORGANISATION);
    }

    @Test
    void shouldNotJoinABodyToTheDayAfterOn() {
        String text = "The Harbor Council on Tuesday said the ferries would run again in June.";

        assertThat(withContent(text, "ferries").attribution().source().name()).isEqualTo("Harbor Council");
    }

    @Test
    void shouldNameNoOneForAHeadlinesCapitalisedCommonNouns() {
        String text = "Ferry Timetables: What Changes in June\nThe new ferry timetables start on Monday.";

        assertThat(JunkNames.isJunk(text, "Ferry Timetables")).isTrue();
        assertThat(JunkNames.isJunk(text, "Harbor Timetables")).isFalse(); // the article never writes "harbor"
        assertThat(JunkNames.isJunk("The ferry commission met. The Ferry Commission said no.", "Ferry Commission")).isFalse();
    }

    @Test
    void shouldTakeAPlaceForItsGovernmentNeverForAPerson() {
        String text = "Lake County said the roads were closed. \"We have no choice,\" the county said.";
        SourceMention county = withContent(text, "roads").attribution().source();
        SourceMention again = withContent(text, "no choice").attribution().source();

        assertThat(county.name()).isEqualTo("Lake County");
        assertThat(county.type()).isEqualTo(SourceType.ORGANISATION);
        assertThat(again.name()).isEqualTo("Lake County");
        assertThat(again.type()).isEqualTo(SourceType.ORGANISATION);
    }

    @Test
    void shouldKeepATitleJoinedByAndWhole() {
        String alone = "The Health and Social Care Secretary said the wards were full.";
        String named = "The Health and Social Care Secretary, Jane Doe, said the wards were full. "
                + "\"We need more beds,\" the Health and Social Care Secretary said.";

        assertThat(withContent(alone, "wards").attribution().source().name()).isNull();
        assertThat(withContent(named, "more beds").attribution().source().name()).isEqualTo("Jane Doe");
    }

    @Test
    void shouldKnowCommonGivenNamesAndNoCommonWords() {
        assertThat(FirstNames.isGivenName("Donald")).isTrue();
        assertThat(Gender.ofFirstName("Walter")).isEqualTo(Gender.MALE);
        assertThat(FirstNames.isGivenName("Care")).isFalse();
        assertThat(FirstNames.isGivenName("Court")).isFalse();
    }
}
