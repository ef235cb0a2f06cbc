package org.cabinet.audit.internal.archive;

import java.time.Instant;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.AuditOutcome;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The lines of a segment file, each one JSON object: a header describing the file, one line per event with the
 * columns of {@code audit_event}, and a seal.
 */
final class SegmentLines {

    static final String FORMAT = "cabinet-audit-segment-v1";
    private static final String DESCRIPTION = "Cabinet audit log, archived: after this line, one event a line with "
            + "the columns of table audit_event (times in microseconds since 1970-01-01 UTC); hash is SHA-256 over the "
            + "event's canonical form cabinet-audit-v1, which includes prev_hash; the last line seals the file: the "
            + "SHA-256 of every line before it, each with its newline, signed with the installation's key.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SegmentLines() {
    }

    static String header(Segment segment) {
        ObjectNode header = JSON.createObjectNode().put("format", FORMAT).put("description", DESCRIPTION)
                .put("first_seq", segment.first()).put("last_seq", segment.last()).put("events", segment.events())
                .put("prev_hash", segment.previousHash()).put("last_hash", segment.lastHash())
                .put("first_time", segment.firstTime().toString()).put("last_time", segment.lastTime().toString());
        return write(header);
    }

    /** @throws IllegalArgumentException when the line is no header of this format */
    static Segment header(String line) {
        JsonNode header = read(line);
        if (!FORMAT.equals(header.path("format").asText())) {
            throw new IllegalArgumentException("its first line does not say " + FORMAT);
        }
        try {
            return new Segment(header.required("first_seq").asLong(), header.required("last_seq").asLong(),
                    text(header, "prev_hash"), text(header, "last_hash"), Instant.parse(text(header, "first_time")),
                    Instant.parse(text(header, "last_time")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("its first line is not a complete header", e);
        }
    }

    static String event(StoredEvent stored) {
        AuditEvent event = stored.event();
        ObjectNode line = JSON.createObjectNode().put("seq", stored.sequence()).put("recorded_us", stored.timeMicros())
                .put("node", stored.node()).put("actor", event.actor()).put("role", event.role())
                .put("patient_id", event.patientId()).put("action", event.action().name())
                .put("resource_type", event.resourceType()).put("resource_id", event.resourceId())
                .put("outcome", event.outcome().name()).put("basis", event.basis().name())
                .put("client_address", event.clientAddress()).put("prev_hash", stored.previousHash())
                .put("hash", stored.hash());
        return write(line);
    }

    /**
     * @return the event of the line; one that no event can be (an edited file) comes back unreadable, for the
     *         chain walk to name
     * @throws IllegalArgumentException when the line is not even an event's line
     */
    static StoredEvent event(String text) {
        JsonNode line = read(text);
        if (!line.path("seq").canConvertToLong() || line.has("seal")) {
            throw new IllegalArgumentException("a line is not an event");
        }
        long sequence = line.path("seq").asLong();
        try {
            AuditEvent event = new AuditEvent(text(line, "actor"), text(line, "role"), nullable(line, "patient_id"),
                    AuditAction.valueOf(text(line, "action")), text(line, "resource_type"),
                    nullable(line, "resource_id"), AuditOutcome.valueOf(text(line, "outcome")),
                    AccessBasis.valueOf(text(line, "basis")), text(line, "client_address"));
            return new StoredEvent(sequence, line.required("recorded_us").asLong(), text(line, "node"), event,
                    text(line, "prev_hash"), text(line, "hash"));
        } catch (RuntimeException e) {
            return StoredEvent.unreadable(sequence, nullable(line, "prev_hash"), nullable(line, "hash"));
        }
    }

    static String seal(String sha256, String signature) {
        return write(JSON.createObjectNode().put("seal", FORMAT).put("sha256", sha256).put("signature", signature));
    }

    /** @return the SHA-256 and the signature of a seal line, or null when the line is no seal */
    static String[] seal(String line) {
        JsonNode seal = read(line);
        return FORMAT.equals(seal.path("seal").asText())
                ? new String[] { seal.path("sha256").asText(), seal.path("signature").asText() }
                : null;
    }

    /** @return what a segment's signature covers */
    static byte[] signedContent(long first, long last, String sha256) {
        return StatementText.signedContent(FORMAT, first, last, sha256);
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.required(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is not text");
        }
        return value.asText();
    }

    private static String nullable(JsonNode line, String field) {
        JsonNode value = line.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static JsonNode read(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("a line is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a line is not JSON", e);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a segment line could not be written", e);
        }
    }
}
