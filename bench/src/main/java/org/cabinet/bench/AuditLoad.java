package org.cabinet.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditLog;

/**
 * Callers, each appending one event after another to the audit log for a fixed time, and how long
 * each append made its caller wait: from the call to its return, that is until the event's batch
 * was committed. Making the event is part of the loop, not of the wait.
 */
final class AuditLoad {

    /** What a window of appends achieved; {@code waits} are the callers' waits in nanoseconds, sorted. */
    record Appended(long events, double seconds, long[] waits) {

        double perSecond() {
            return events / seconds;
        }

        /** @return the wait that {@code fraction} of the appends did not exceed (nearest rank), in milliseconds */
        double waitMillis(double fraction) {
            int rank = (int) Math.ceil(fraction * waits.length);
            return waits[Math.max(0, rank - 1)] / 1e6;
        }
    }

    private final AuditLog log;

    AuditLoad(AuditLog log) {
        this.log = log;
    }

    /** Runs {@code callers} callers together for {@code duration}. */
    Appended run(int callers, Duration duration) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            TimedWindow window = new TimedWindow(duration);
            CyclicBarrier start = new CyclicBarrier(callers, window::open);
            List<Future<long[]>> waits = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                waits.add(threads.submit(() -> {
                    start.await();
                    return append(window);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> caller : waits) {
                all.add(caller.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Appended(merged.length, window.seconds(), merged);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A caller failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private long[] append(TimedWindow window) {
        Random random = ThreadLocalRandom.current();
        long[] waits = new long[4096];
        int count = 0;
        while (window.isOpen()) {
            AuditEvent event = SyntheticAccess.random(random);
            long start = System.nanoTime();
            log.append(event);
            long wait = System.nanoTime() - start;
            if (count == waits.length) {
                waits = Arrays.copyOf(waits, count * 2);
            }
            waits[count++] = wait;
        }
        window.workerDone();
        return Arrays.copyOf(waits, count);
    }
}
