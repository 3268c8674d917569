package app.saidwho.play;

import app.saidwho.web.FormProblems;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A quiz's start form: the learner's display name, white space folded, checked by {@link LearnerNames}. */
public record JoinForm(@JoinForm.LearnerName String name) {

    /** The name as typed: trimmed, runs of white space made one space. */
    public static JoinForm typed(String name) {
        return new JoinForm(LearnerNames.normalise(name));
    }

    /** A name {@link LearnerNames#problem} accepts; else its message, word for word. */
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = LearnerName.Check.class)
    public @interface LearnerName {
        String message() default "Please type a name your teacher can read.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<LearnerName, String> {
            @Override
            public boolean isValid(String name, ConstraintValidatorContext context) {
                return LearnerNames.problem(name == null ? "" : name)
                        .map(problem -> FormProblems.reject(context, null, problem)).orElse(true);
            }
        }
    }
}
