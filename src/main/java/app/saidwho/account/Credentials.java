package app.saidwho.account;

import app.saidwho.web.FormProblems;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * A user name with a new password typed twice: the setup form, the admin's add-teacher form, and a
 * teacher's new password (with their own user name). Checked with Bean Validation; the password rules
 * are {@link PasswordRules}, which need the user name, hence constraints on the whole record.
 */
@Credentials.AcceptablePassword
@Credentials.SamePasswords
public record Credentials(
        @NotNull(message = USERNAME_RULE) @Pattern(regexp = USERNAME, message = USERNAME_RULE) String username,
        String password,
        String confirmation) {
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,39}";
    static final String USERNAME_RULE =
            "Use 3 to 40 lower-case letters, digits, dots, dashes or underscores for the user name.";

    /** The details as typed on a form: the user name trimmed and in lower case. */
    public static Credentials typed(String username, String password, String confirmation) {
        return new Credentials(username == null ? "" : username.strip().toLowerCase(), password, confirmation);
    }

    /** Never the passwords, should a record end up in a log. */
    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }

    /** The password passes {@link PasswordRules} for this user name; its message goes to "password". */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = AcceptablePassword.Check.class)
    public @interface AcceptablePassword {
        String message() default "Choose another password.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<AcceptablePassword, Credentials> {
            @Override
            public boolean isValid(Credentials form, ConstraintValidatorContext context) {
                return PasswordRules.problem(form.username(), form.password())
                        .map(problem -> FormProblems.reject(context, "password", problem)).orElse(true);
            }
        }
    }

    /** The password typed again is the same; else a message on "confirmation". */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = SamePasswords.Check.class)
    public @interface SamePasswords {
        String message() default "The two passwords are not the same.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<SamePasswords, Credentials> {
            @Override
            public boolean isValid(Credentials form, ConstraintValidatorContext context) {
                return Objects.equals(form.password(), form.confirmation())
                        || FormProblems.reject(context, "confirmation", "The two passwords are not the same.");
            }
        }
    }
}
