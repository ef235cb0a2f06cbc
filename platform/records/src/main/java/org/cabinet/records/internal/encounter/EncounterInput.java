package org.cabinet.records.internal.encounter;

import java.time.Instant;

/**
 * An encounter as a client records it.
 *
 * @param kind          {@code consultation}, {@code home-visit} or {@code teleconsultation}
 * @param startedAt     when it began (now when absent)
 * @param reason        why the patient came (clinical text, sealed)
 * @param appointmentId the appointment it honours, if any
 */
public record EncounterInput(String kind, Instant startedAt, String reason, String appointmentId) {
}
