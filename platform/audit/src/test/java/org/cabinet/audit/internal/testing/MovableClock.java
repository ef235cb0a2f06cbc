package org.cabinet.audit.internal.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.cabinet.api.time.Clock;

/** A clock that stands still until a test moves it. */
public final class MovableClock implements Clock {

    private final AtomicReference<Instant> now;

    public MovableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Europe/Paris");
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }
}
