package org.cabinet.records.internal.encounter;

import java.time.Instant;

/** An encounter as the API shows it. */
public record EncounterView(String id, String patientId, String practitionerId, String kind, Instant startedAt,
        String reason, String appointmentId, int version) {
}
