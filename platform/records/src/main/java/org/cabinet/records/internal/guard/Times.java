package org.cabinet.records.internal.guard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as the clinical core stores them: microseconds since the epoch, UTC. */
public final class Times {

    private Times() {
    }

    public static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
