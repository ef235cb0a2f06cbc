package org.cabinet.records.internal.agenda;

import java.time.Instant;

/** A new absence: from (inclusive) to (exclusive), with an optional short label. */
public record AbsenceRequest(Instant from, Instant to, String label) {
}
