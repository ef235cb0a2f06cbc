package org.cabinet.security.internal;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.cabinet.api.time.Clock;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The time as the best-ranked {@link Clock} tells it. The reference follows a better-ranked clock when one comes
 * (a test moving time through session expiry and lockout windows) without restarting the components that ask.
 */
@Component(service = CurrentTime.class)
public final class CurrentTime {

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    public CurrentTime() {
    }

    /** @param clock a fixed clock (unit tests) */
    public CurrentTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.now();
    }

    /** @return now, in microseconds since the epoch, as the tables store it */
    public long nowMicros() {
        return micros(now());
    }

    public static long micros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + instant.getNano() / 1000;
    }

    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }
}
