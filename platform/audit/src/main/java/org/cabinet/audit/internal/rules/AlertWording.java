package org.cabinet.audit.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How alert details write times, durations and rates, in the practice's time zone. */
final class AlertWording {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final ZoneId zone;

    AlertWording(ZoneId zone) {
        this.zone = zone;
    }

    /** @return e.g. {@code 09:47}, in the practice's zone */
    String clock(Instant time) {
        return CLOCK.format(time.atZone(zone));
    }

    /** @return e.g. {@code 10 minutes}, {@code 1 hour} */
    String duration(Duration duration) {
        if (duration.toSeconds() % 3600 == 0) {
            return plural(duration.toHours(), "hour");
        }
        if (duration.toSeconds() % 60 == 0) {
            return plural(duration.toMinutes(), "minute");
        }
        return plural(duration.toSeconds(), "second");
    }

    /** @return e.g. {@code 8.5}, {@code 12} */
    String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** @return e.g. {@code 1 %}, {@code 0.5 %} */
    String percent(double share) {
        return number(share * 100) + " %";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
