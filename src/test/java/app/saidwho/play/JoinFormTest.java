package app.saidwho.play;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.web.FormProblems;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** The start form's name as the learner reads its message. */
class JoinFormTest {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void shouldFoldWhiteSpaceAndAcceptAReadableName() {
        JoinForm form = JoinForm.typed("  Ada \t  Lovelace ");
        assertThat(form.name()).isEqualTo("Ada Lovelace");
        assertThat(FormProblems.of(VALIDATOR, form)).isEmpty();
    }

    @Test
    void shouldGiveTheNameRulesOwnMessages() {
        assertThat(FormProblems.of(VALIDATOR, JoinForm.typed(null)))
                .containsEntry("name", "Please type a name so your teacher can find your result.");
        assertThat(FormProblems.first(VALIDATOR, JoinForm.typed("x".repeat(61))))
                .hasValue("Please use at most 60 characters for your name.");
        assertThat(FormProblems.first(VALIDATOR, JoinForm.typed("\u3164\u200B")))
                .hasValue("Please type a name your teacher can read: it has no visible letters.");
    }
}
