package org.cabinet.records.internal.agenda;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Instants as the agenda's tables store them: microseconds since the epoch, UTC. */
final class AgendaTime {

    private AgendaTime() {
    }

    static long micros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + instant.getNano() / 1000;
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }
}
