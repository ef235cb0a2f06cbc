package org.cabinet.itests.exam;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicReference;

import org.cabinet.api.time.Clock;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * A clock a test moves forward, registered above Cabinet's own: the services that follow the best-ranked clock
 * (sessions, lockout windows, break-glass, inactive accounts) live by it while it is registered.
 */
final class MovableClock implements Clock, AutoCloseable {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final ServiceRegistration<Clock> registration;

    MovableClock(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 1000);
        registration = context.registerService(Clock.class, this, properties);
    }

    void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant now() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Europe/Paris");
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
