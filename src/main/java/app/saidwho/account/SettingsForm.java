package app.saidwho.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * A teacher's settings as typed: the time zone for dates, and after how many days attempts are removed
 * (null: kept until deleted; -1 stands for a value that is no number, so it fails the range check).
 */
public record SettingsForm(
        @SettingsForm.ZoneName(message = SettingsForm.ZONE) String timeZone,
        @Min(value = 1, message = DAYS) @Max(value = AccountSettings.MAX_RETENTION_DAYS, message = DAYS)
        Integer retentionDays) {
    static final String ZONE = "Choose a time zone from the list, for example Europe/Berlin.";
    static final String DAYS = "Give the retention period as a number of days from 1 to "
            + AccountSettings.MAX_RETENTION_DAYS + ", or leave it empty to keep attempts.";

    public static SettingsForm typed(String timeZone, String retentionDays) {
        return new SettingsForm(timeZone == null ? "" : timeZone.strip(), days(retentionDays));
    }

    private static Integer days(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A time zone Java knows ({@link ZoneId#of}: region ids such as Europe/Berlin, UTC, offsets). */
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ZoneName.Check.class)
    public @interface ZoneName {
        String message() default ZONE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<ZoneName, String> {
            @Override
            public boolean isValid(String zone, ConstraintValidatorContext context) {
                try {
                    ZoneId.of(zone == null ? "" : zone);
                    return true;
                } catch (DateTimeException e) {
                    return false;
                }
            }
        }
    }
}
