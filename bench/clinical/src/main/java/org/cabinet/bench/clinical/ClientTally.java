package org.cabinet.bench.clinical;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** What one client saw in a window: the latency of each measured request, the bytes, and every failure. */
final class ClientTally {

    /** the status recorded for a request that got no HTTP answer */
    static final int NO_ANSWER = -1;

    private long[] latencies = new long[4096];
    private int measured;
    private long bytes;
    private final Map<Integer, Integer> failures = new TreeMap<>();

    /**
     * @param inWindow  whether the request ended within the measured part
     * @param nanos     how long it took
     * @param status    its HTTP status, or {@link #NO_ANSWER}
     * @param bodyBytes the size of its body
     */
    void add(boolean inWindow, long nanos, int status, long bodyBytes) {
        if (status != 200) {
            failures.merge(status, 1, Integer::sum);
        }
        if (!inWindow) {
            return;
        }
        if (measured == latencies.length) {
            latencies = Arrays.copyOf(latencies, measured * 2);
        }
        latencies[measured++] = nanos;
        bytes += bodyBytes;
    }

    long[] latencies() {
        return Arrays.copyOf(latencies, measured);
    }

    long bytes() {
        return bytes;
    }

    Map<Integer, Integer> failures() {
        return failures;
    }
}
