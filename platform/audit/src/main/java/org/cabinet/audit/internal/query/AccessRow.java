package org.cabinet.audit.internal.query;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.cabinet.api.audit.AccessBasis;
import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.audit.AuditEvent;
import org.cabinet.api.audit.RecordedEvent;

/**
 * One line of an access report: who, when, in which role, what, through break-glass or not.
 */
public record AccessRow(long sequence, Instant time, String actor, String role, String patientId, String action,
        String outcome, boolean breakGlass, String basis, String resourceType, String resourceId, String clientAddress,
        String node) {

    static final List<String> CSV_HEADER = List.of("sequence", "time", "actor", "role", "patient", "action", "outcome",
            "break_glass", "basis", "resource_type", "resource_id", "client_address", "node");

    public static AccessRow of(RecordedEvent recorded) {
        AuditEvent event = recorded.event();
        return new AccessRow(recorded.sequence(), recorded.time(), event.actor(), event.role(), event.patientId(),
                event.action().id(), event.outcome().name().toLowerCase(Locale.ROOT),
                event.basis() == AccessBasis.BREAK_GLASS || event.action() == AuditAction.BREAK_GLASS,
                event.basis().name().toLowerCase(Locale.ROOT), event.resourceType(), event.resourceId(),
                event.clientAddress(), recorded.node());
    }

    /** @return the rows as CSV (RFC 4180), with a header line */
    public static String csv(List<AccessRow> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
        for (AccessRow row : rows) {
            csv.append(String.join(",", List.of(Long.toString(row.sequence()), row.time().toString(), row.actor(),
                    row.role(), nullable(row.patientId()), row.action(), row.outcome(), Boolean.toString(row.breakGlass()),
                    row.basis(), row.resourceType(), nullable(row.resourceId()), row.clientAddress(), row.node())
                    .stream().map(AccessRow::quoted).toList())).append("\r\n");
        }
        return csv.toString();
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }

    // fields are identifiers, but a report opened in a spreadsheet must never run a formula
    private static String quoted(String field) {
        String safe = field.startsWith("=") || field.startsWith("+") || field.startsWith("-") || field.startsWith("@")
                ? "'" + field : field;
        return safe.contains(",") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
