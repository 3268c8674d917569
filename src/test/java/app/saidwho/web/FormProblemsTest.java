package app.saidwho.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/** A rule's own message reaches the page as written, even with characters message templates interpret. */
class FormProblemsTest {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    static final String MESSAGE = "Keep {braces}, ${1 + 1}, \\ and $ as typed.";

    @Test
    void shouldShowARulesMessageWordForWord() {
        assertThat(FormProblems.of(VALIDATOR, new Form("anything"))).containsEntry("value", MESSAGE);
    }

    record Form(@Refused String value) {
    }

    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Refused.Check.class)
    @interface Refused {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Refused, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return FormProblems.reject(context, null, MESSAGE);
            }
        }
    }
}
