package org.cabinet.bench.clinical;

import java.time.Duration;

/** The CPU time a process has used so far (user and system, every thread), as the operating system counts it. */
record CpuClock(ProcessHandle process) {

    /** @return the CPU time used so far, or zero when the system does not say */
    Duration used() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
