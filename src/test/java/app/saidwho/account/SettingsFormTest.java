package app.saidwho.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.web.FormProblems;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** A teacher's settings form: a time zone Java knows, a retention period of 1 to 3650 days or none. */
class SettingsFormTest {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void shouldTakeAZoneAndDaysAsTyped() {
        SettingsForm form = SettingsForm.typed(" Asia/Tokyo ", " 30 ");
        assertThat(form).isEqualTo(new SettingsForm("Asia/Tokyo", 30));
        assertThat(FormProblems.of(VALIDATOR, form)).isEmpty();
        assertThat(FormProblems.of(VALIDATOR, SettingsForm.typed("UTC", ""))).isEmpty();
        assertThat(SettingsForm.typed("UTC", " ").retentionDays()).as("blank: keep attempts").isNull();
    }

    @Test
    void shouldNameTheZoneFirstThenTheDays() {
        assertThat(FormProblems.first(VALIDATOR, SettingsForm.typed("Mars/Olympus", "0"))).hasValue(SettingsForm.ZONE);
        for (String days : new String[] {"0", "3651", "ten", "-3"}) {
            assertThat(FormProblems.first(VALIDATOR, SettingsForm.typed("Europe/Berlin", days))).as(days)
                    .hasValue("Give the retention period as a number of days from 1 to 3650, or leave it empty to keep attempts.");
        }
    }
}
