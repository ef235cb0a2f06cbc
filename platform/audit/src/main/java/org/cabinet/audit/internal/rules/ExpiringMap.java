package org.cabinet.audit.internal.rules;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values by key that expire at a given instant of event time, with a hard limit on their number. Not thread-safe:
 * {@link DetectionRules} guards it.
 *
 * <p>Entries are kept in the order they were last put, and eviction walks from the oldest and stops at the first
 * live one: cheap enough to run on every event, and exact as long as a map's entries are put in the order they
 * expire (one lifetime per map, event times that do not go back). An entry out of order is evicted late, never
 * early, and {@link #get} never answers an expired value.
 */
final class ExpiringMap<V> {

    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final Map<String, Entry<V>> entries;

    /** @param maxEntries beyond it the entry put longest ago goes, even if it has not expired */
    ExpiringMap(int maxEntries) {
        this.entries = new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** @return the value under {@code key}, or {@code null} when there is none or it has expired at {@code now} */
    V get(String key, Instant now) {
        Entry<V> entry = entries.get(key);
        return entry == null || !now.isBefore(entry.expiresAt()) ? null : entry.value();
    }

    /** Puts {@code value} under {@code key} until {@code expiresAt}, as the newest entry. */
    void put(String key, V value, Instant expiresAt) {
        entries.remove(key);
        entries.put(key, new Entry<>(value, expiresAt));
    }

    /** Removes the entries expired at {@code now}. */
    void evictExpired(Instant now) {
        Iterator<Entry<V>> oldestFirst = entries.values().iterator();
        while (oldestFirst.hasNext() && !now.isBefore(oldestFirst.next().expiresAt())) {
            oldestFirst.remove();
        }
    }

    int size() {
        return entries.size();
    }
}
