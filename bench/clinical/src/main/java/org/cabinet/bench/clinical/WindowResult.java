package org.cabinet.bench.clinical;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measured window of one case.
 *
 * @param requests  requests ended within the measured part
 * @param perSecond those requests per second of the measured part
 * @param p50       median latency, ms
 * @param p95       95th percentile, ms
 * @param p99       99th percentile, ms
 * @param meanBytes mean size of an answer's body
 * @param failures  answers other than 200 in the whole window (warm-up included), by status ({@code -1}: none)
 * @param serverCpu CPU time Cabinet used per measured request, ms (all its threads: the audit writer, Derby's)
 * @param clientCpu CPU time the benchmark's clients used per measured request, ms (they share the machine)
 */
record WindowResult(int requests, double perSecond, double p50, double p95, double p99, double meanBytes,
        Map<Integer, Integer> failures, double serverCpu, double clientCpu) {

    static WindowResult of(List<ClientTally> tallies, Duration measured, Duration serverCpu, Duration clientCpu) {
        long[] all = tallies.stream().map(ClientTally::latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        long bytes = tallies.stream().mapToLong(ClientTally::bytes).sum();
        Map<Integer, Integer> failures = new TreeMap<>();
        tallies.forEach(tally -> tally.failures().forEach((status, count) -> failures.merge(status, count, Integer::sum)));
        return new WindowResult(all.length, all.length / (measured.toNanos() / 1e9), percentile(all, 0.50),
                percentile(all, 0.95), percentile(all, 0.99), all.length == 0 ? 0 : (double) bytes / all.length,
                Map.copyOf(failures), perRequest(serverCpu, all.length), perRequest(clientCpu, all.length));
    }

    int failureCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double perRequest(Duration cpu, int requests) {
        return requests == 0 ? 0 : cpu.toNanos() / 1e6 / requests;
    }

    /** nearest rank, in ms; 0 when nothing was measured */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
