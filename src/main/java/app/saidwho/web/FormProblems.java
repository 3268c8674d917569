package app.saidwho.web;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bean Validation of a form record, as the pages show it: one message per field, fields in the order
 * the record declares them (the order of the form), the first broken constraint of a field winning.
 */
public final class FormProblems {
    private FormProblems() {
    }

    public static Map<String, String> of(Validator validator, Record form) {
        Set<ConstraintViolation<Record>> violations = validator.validate(form);
        Map<String, String> problems = new LinkedHashMap<>();
        Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).forEach(field ->
                violations.stream().filter(v -> field.equals(fieldOf(v))).map(ConstraintViolation::getMessage)
                        .sorted().findFirst().ifPresent(message -> problems.put(field, message)));
        return problems;
    }

    /** The message of the first field in error, for a form that shows one message above its fields. */
    public static Optional<String> first(Validator validator, Record form) {
        return of(validator, form).values().stream().findFirst();
    }

    /**
     * From a constraint whose rule words its own message: that message, as it is, on the given field
     * (a record component) instead of the constraint's default message.
     */
    public static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        ConstraintValidatorContext.ConstraintViolationBuilder builder =
                context.buildConstraintViolationWithTemplate(literal(message));
        if (field == null) {
            builder.addConstraintViolation();
        } else {
            builder.addPropertyNode(field).addConstraintViolation();
        }
        return false;
    }

    /** A message template that reads as the text itself: braces, dollar signs and backslashes escaped. */
    static String literal(String message) {
        return message.replaceAll("([\\\\{}$])", "\\\\$1");
    }

    /** "options[2].<list element>" and "options" both count for the field "options". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int end = path.replace('[', '.').indexOf('.');
        return end < 0 ? path : path.substring(0, end);
    }
}
