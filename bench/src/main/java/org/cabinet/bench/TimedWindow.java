package org.cabinet.bench;

import java.time.Duration;
import java.util.concurrent.atomic.LongAccumulator;

/** The measured time: from the moment every worker is ready to the moment the last one stops. */
final class TimedWindow {

    private final long nanos;
    private volatile long start;
    private volatile long deadline;
    private final LongAccumulator end = new LongAccumulator(Math::max, Long.MIN_VALUE);

    TimedWindow(Duration duration) {
        this.nanos = duration.toNanos();
    }

    /** Starts the window: run by the barrier that releases the workers together. */
    void open() {
        start = System.nanoTime();
        deadline = start + nanos;
    }

    boolean isOpen() {
        return System.nanoTime() < deadline;
    }

    /** Each worker, after its last operation. */
    void workerDone() {
        end.accumulate(System.nanoTime());
    }

    double seconds() {
        return (end.get() - start) / 1e9;
    }
}
