package org.cabinet.itests.exam;

import java.time.Duration;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.cabinet.api.audit.Alert;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Listens to the alerts the audit log publishes ({@code org/cabinet/alert/*}) while a test runs. */
final class AlertWatch implements AutoCloseable {

    private final BlockingQueue<Event> alerts = new LinkedBlockingQueue<>();
    private final ServiceRegistration<EventHandler> registration;

    AlertWatch(BundleContext context) {
        Hashtable<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, Alert.TOPIC_PREFIX + "*");
        registration = context.registerService(EventHandler.class, alerts::add, topics);
    }

    /** @return the next alert about the account, waiting for it at most {@code patience} */
    Optional<Event> next(String actor, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Event next = alerts.poll(100, TimeUnit.MILLISECONDS);
            if (next != null && actor.equals(next.getProperty("actor"))) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
