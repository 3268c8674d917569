package app.saidwho.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** "options[2].<list element>" and "options" both count for the field "options". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int end = path.replace('[', '.').indexOf('.');
        return end < 0 ? path : path.substring(0, end);
    }
}
