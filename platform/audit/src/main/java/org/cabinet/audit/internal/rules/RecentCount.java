package org.cabinet.audit.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many times something happened within a sliding window of event time, counted up to a capacity (beyond it
 * only the most recent times are kept, as in {@link RecentDistinct}). Not thread-safe.
 */
final class RecentCount {

    private final Duration window;
    private final int capacity;
    private final Deque<Instant> times = new ArrayDeque<>();

    RecentCount(Duration window, int capacity) {
        this.window = window;
        this.capacity = capacity;
    }

    void add(Instant time) {
        times.addLast(time);
        if (times.size() > capacity) {
            times.removeFirst();
        }
    }

    /** @return how many times fell in the window ending at {@code now}, at most the capacity */
    int count(Instant now) {
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
        return times.size();
    }
}
