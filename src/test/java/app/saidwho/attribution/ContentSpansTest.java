package app.saidwho.attribution;

import static app.saidwho.attribution.AttributionEngineTest.withContent;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where content starts, as PolNeAR marks it (the particle with the cue, "that" with the content); names are made up. */
class ContentSpansTest {

    @Test
    void shouldLeaveTheParticleOfAPhrasalCueOutOfTheContent() {
        assertThat(withContent("Ana Ruiz called for the harbor to stay open all winter.", "harbor").content())
                .isEqualTo("the harbor to stay open all winter");
        assertThat(withContent("Ana Ruiz pointed out that the boats were old.", "boats").content())
                .isEqualTo("that the boats were old");
        assertThat(withContent("Ana Ruiz referred to the harbor as \"our front door.\"", "front door").content())
                .startsWith("the harbor");
    }

    @Test
    void shouldKeepAnInfinitivesToInTheContent() {
        assertThat(withContent("Ana Ruiz vowed to fight the plan in court.", "fight").content())
                .isEqualTo("to fight the plan in court");
    }

    @Test
    void shouldStartTheContentAtThatBeforeAQuotation() {
        String text = "Ana Ruiz said that \"there is no room for more boats in the harbor.\"";

        assertThat(withContent(text, "no room").content()).startsWith("that \"there is no room");
    }

    @Test
    void shouldKeepTheSubjectOfAClauseThatRunsIntoAQuotation() {
        String text = "Ana Ruiz said the old harbor \"has no room for any more boats.\"";

        assertThat(withContent(text, "no room").content()).startsWith("the old harbor \"has no room");
    }

    @Test
    void shouldStillPassOverWhomSomeoneTold() {
        String text = "Ana Ruiz told reporters that the harbor \"has no room for any more boats.\"";

        assertThat(withContent(text, "no room").content()).startsWith("that the harbor");
    }

    @Test
    void shouldKeepTheToBeforeAQuotedInfinitiveInTheContent() {
        assertThat(withContent("Ana Ruiz vowed to \"fight the plan in every court.\"", "fight").content())
                .isEqualTo("to \"fight the plan in every court.\"");
    }

    @Test
    void shouldLeaveWhenItWasSaidOutOfTheContent() {
        assertThat(withContent("Ana Ruiz acknowledged Sunday that the harbor was full.", "harbor").content())
                .isEqualTo("that the harbor was full");
        assertThat(withContent("Ana Ruiz vowed last month to keep the harbor open.", "harbor").content())
                .isEqualTo("to keep the harbor open");
    }

    @Test
    void shouldKeepADayThatIsTheSubjectOfTheContent() {
        assertThat(withContent("Ana Ruiz said Monday was the last day for boats.", "last day").content())
                .startsWith("Monday was");
    }

    @Test
    void shouldLeaveTheListenerOutOfTheContent() {
        assertThat(withContent("Ana Ruiz told reporters she would keep the harbor open.", "harbor").content())
                .isEqualTo("she would keep the harbor open");
        assertThat(withContent("Tom Ames asked Ana Ruiz how long the harbor would stay shut.", "harbor").content())
                .isEqualTo("how long the harbor would stay shut");
    }

    @Test
    void shouldLeaveTheBracketOfAnAsideOutOfTheContent() {
        String text = "The fee will rise. (Ana Ruiz writes that the harbor would charge more for boats.)";

        assertThat(withContent(text, "charge more").content()).isEqualTo("that the harbor would charge more for boats");
    }
}
