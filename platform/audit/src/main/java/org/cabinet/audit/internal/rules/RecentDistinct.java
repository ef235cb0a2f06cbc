package org.cabinet.audit.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The distinct keys (patients, accounts) seen within a sliding window of event time. Not thread-safe.
 *
 * <p>Only the {@code capacity} most recently seen keys are kept. Rules ask only whether more than some limit were
 * seen, and with the capacity set above that limit the answer is the same: the window holds more than {@code n}
 * keys exactly when the {@code n + 1} most recent ones all fall inside it.
 */
final class RecentDistinct {

    private final Duration window;
    private final Map<String, Instant> lastSeen;

    RecentDistinct(Duration window, int capacity) {
        this.window = window;
        this.lastSeen = new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    void add(String key, Instant time) {
        lastSeen.remove(key);
        lastSeen.put(key, time);
    }

    /** @return how many distinct keys were seen in the window ending at {@code now}, at most the capacity */
    int count(Instant now) {
        Instant start = now.minus(window);
        Iterator<Instant> oldestFirst = lastSeen.values().iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().isAfter(start)) {
            oldestFirst.remove();
        }
        return lastSeen.size();
    }
}
