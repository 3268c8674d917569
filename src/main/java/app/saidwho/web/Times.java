package app.saidwho.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as a teacher reads them: in their own time zone, to the minute, with the zone named. */
public final class Times {
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private Times() {
    }

    public static String readable(Instant instant, ZoneId zone) {
        return instant == null ? "" : READABLE.format(instant.atZone(zone));
    }
}
