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
}
