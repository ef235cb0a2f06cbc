package org.cabinet.records.internal.agenda;

import java.time.Instant;

/**
 * A booking, or the new terms of a booked appointment.
 *
 * @param end    when it ends; the type's duration after {@code start} when absent
 * @param roomId the room, or absent for none (a home visit, a teleconsultation)
 * @param reason why the patient comes, in a few words (sealed at rest)
 */
public record AppointmentRequest(String patientId, String practitionerId, String typeCode, String roomId,
        Instant start, Instant end, String reason) {
}
