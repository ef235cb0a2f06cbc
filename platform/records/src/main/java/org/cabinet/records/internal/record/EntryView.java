package org.cabinet.records.internal.record;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a medical record as the API shows it: who recorded it and when, who changed it last, and its fields
 * (for vitals, with the BMI computed).
 */
public record EntryView(String id, String patientId, String encounterId, String kind, String status, int version,
        Instant recordedAt, String authorId, Instant updatedAt, String updatedBy, JsonNode fields) {
}
