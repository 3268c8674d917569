package app.saidwho.play;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LearnerNamesTest {

    @Test
    void shouldRefuseNamesWithoutAVisibleLetter() {
        for (String invisible : new String[] {"\u200B\u200B", "\u3164", "\u2800\u2800", "\u200D", "\uFEFF"}) {
            assertThat(LearnerNames.problem(LearnerNames.normalise(invisible))).as(invisible).isPresent();
        }
    }

    @Test
    void shouldRefuseDirectionOverrides() {
        assertThat(LearnerNames.problem("Ada \u202Egnitsoh")).isPresent();
        assertThat(LearnerNames.problem("\u2067Ada\u2069")).isPresent();
    }

    @Test
    void shouldAcceptNamesInAnyScript() {
        for (String name : new String[] {"Ada Lovelace", "Zoë", "محمد", "李小龙", "O'Brien-Smith", "Ana 🙂"}) {
            assertThat(LearnerNames.problem(name)).as(name).isEmpty();
        }
    }
}
