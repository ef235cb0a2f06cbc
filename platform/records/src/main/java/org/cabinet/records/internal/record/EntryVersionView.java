package org.cabinet.records.internal.record;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** One version of an entry, as its history shows it. */
public record EntryVersionView(int version, String status, String authorId, Instant recordedAt, JsonNode fields) {
}
