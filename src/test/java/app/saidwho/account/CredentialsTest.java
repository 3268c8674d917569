package app.saidwho.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.web.FormProblems;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** The setup, add-teacher and new-password forms: which message a teacher reads, next to which field. */
class CredentialsTest {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void shouldNameEachBrokenFieldWithItsRuleAndTheUserNameFirst() {
        Credentials form = Credentials.typed("A", "short", "other");
        assertThat(FormProblems.of(VALIDATOR, form)).containsExactly(
                java.util.Map.entry("username", Credentials.USERNAME_RULE),
                java.util.Map.entry("password", "Use a password of at least 10 characters."),
                java.util.Map.entry("confirmation", "The two passwords are not the same."));
        assertThat(FormProblems.first(VALIDATOR, form)).hasValue(Credentials.USERNAME_RULE);
    }

    @Test
    void shouldTakeTheUserNameTrimmedAndInLowerCase() {
        Credentials form = Credentials.typed("  Ana.Lee ", "green kettle by the window", "green kettle by the window");
        assertThat(form.username()).isEqualTo("ana.lee");
        assertThat(FormProblems.of(VALIDATOR, form)).isEmpty();
    }

    @Test
    void shouldRefuseAPasswordHoldingTheUserName() {
        Credentials form = Credentials.typed("dorothea", "Dorothea2024!", "Dorothea2024!");
        assertThat(FormProblems.first(VALIDATOR, form)).hasValue("Use a password that does not contain the user name.");
    }

    @Test
    void shouldAskForTheSamePasswordTwice() {
        Credentials form = Credentials.typed("ana", "green kettle by the window", "green kettle by the door");
        assertThat(FormProblems.of(VALIDATOR, form)).containsOnlyKeys("confirmation");
        assertThat(FormProblems.of(VALIDATOR, Credentials.typed("ana", null, null))).containsOnlyKeys("password");
    }

    @Test
    void shouldNeverPrintThePasswords() {
        assertThat(Credentials.typed("ana", "green kettle by the window", "x").toString())
                .doesNotContain("kettle").contains("ana");
    }
}
