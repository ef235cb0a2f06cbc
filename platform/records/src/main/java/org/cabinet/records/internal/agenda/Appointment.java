package org.cabinet.records.internal.agenda;

import java.time.Instant;

/**
 * An appointment as the REST API shows it. Times are instants (UTC); clients show them in the practice's zone.
 *
 * @param version what the ETag is made of: send {@code "<id>.<version>"} in If-Match to change it
 */
public record Appointment(String id, String patientId, String practitionerId, String roomId, String typeCode,
        Instant start, Instant end, String status, String reason, int version) {
}
