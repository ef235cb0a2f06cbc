package org.cabinet.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one source of time in Cabinet.
 * <p>
 * Every component reads the current time from this service rather than from the system, so
 * that tests can move time (token expiry, lockout windows, pregnancy terms). Instants are
 * stored in UTC; {@link #zone()} is the practice's zone, in which dates are shown.
 *
 * @since 1.0
 */
@ProviderType
public interface Clock {

    /** @return the current instant */
    Instant now();

    /** @return the zone in which the practice reads dates and times (Europe/Paris by default) */
    ZoneId zone();

    /** @return the current date and time in the practice's zone */
    default ZonedDateTime localNow() {
        return now().atZone(zone());
    }

    /** @return today's date in the practice's zone */
    default LocalDate today() {
        return localNow().toLocalDate();
    }

    /** @return a {@link java.time.Clock} view of this service, for libraries that take one */
    default java.time.Clock asJavaClock() {
        Clock self = this;
        return new java.time.Clock() {
            @Override
            public ZoneId getZone() {
                return self.zone();
            }

            @Override
            public java.time.Clock withZone(ZoneId zone) {
                return java.time.Clock.fixed(self.now(), zone);
            }

            @Override
            public Instant instant() {
                return self.now();
            }
        };
    }
}
