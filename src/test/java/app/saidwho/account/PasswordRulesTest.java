package app.saidwho.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void shouldRefuseShortRepeatedBlankAndCommonPasswords() {
        assertThat(PasswordRules.problem("ana", "short")).hasValueSatisfying(p -> assertThat(p).contains("at least 10"));
        assertThat(PasswordRules.problem("ana", "a".repeat(10))).hasValueSatisfying(p -> assertThat(p).contains("repeated"));
        assertThat(PasswordRules.problem("ana", " ".repeat(12))).isPresent();
        assertThat(PasswordRules.problem("ana", "Password123")).hasValueSatisfying(p -> assertThat(p).contains("common"));
        assertThat(PasswordRules.problem("ana", "QWERTYUIOP")).isPresent();
    }

    @Test
    void shouldRefuseAPasswordHoldingTheUserName() {
        assertThat(PasswordRules.problem("dorothea", "dorothea")).isPresent();
        assertThat(PasswordRules.problem("dorothea", "Dorothea2024!")).hasValueSatisfying(p -> assertThat(p).contains("user name"));
    }

    @Test
    void shouldRefuseWhatBcryptWouldCutOffInsteadOfIgnoringIt() {
        assertThat(PasswordRules.problem("ana", "x".repeat(40) + "y".repeat(32))).isEmpty();
        assertThat(PasswordRules.problem("ana", "x".repeat(40) + "y".repeat(33))).hasValueSatisfying(p -> assertThat(p).contains("72 bytes"));
        // 36 two-byte letters are 72 bytes; one more is too many even though it is only 37 characters.
        assertThat(PasswordRules.problem("ana", "é".repeat(36))).isPresent(); // one letter repeated
        assertThat(PasswordRules.problem("ana", "éà".repeat(18) + "ü")).hasValueSatisfying(p -> assertThat(p).contains("72 bytes"));
    }

    @Test
    void shouldAcceptALongPhraseOfOnesOwn() {
        assertThat(PasswordRules.problem("ana", "green kettle by the window")).isEmpty();
    }
}
