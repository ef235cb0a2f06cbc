package org.cabinet.records.internal.demo;

import java.time.Duration;

/** What a demo run made, and how long it took. */
public record DemoSummary(long patients, long encounters, long entries, long appointments, Duration took) {

    DemoSummary plus(DemoSummary other) {
        return new DemoSummary(patients + other.patients, encounters + other.encounters, entries + other.entries,
                appointments + other.appointments, took);
    }

    DemoSummary withAppointments(long booked) {
        return new DemoSummary(patients, encounters, entries, booked, took);
    }

    DemoSummary took(Duration duration) {
        return new DemoSummary(patients, encounters, entries, appointments, duration);
    }
}
