package org.cabinet.records.internal.demo;

import java.time.Duration;

/** What a demo run made, and how long it took. */
public record DemoSummary(long patients, long encounters, long entries, Duration took) {

    DemoSummary plus(DemoSummary other) {
        return new DemoSummary(patients + other.patients, encounters + other.encounters, entries + other.entries, took);
    }

    DemoSummary took(Duration duration) {
        return new DemoSummary(patients, encounters, entries, duration);
    }
}
