package org.cabinet.records.internal.agenda;

import java.time.Instant;

/**
 * A time a practitioner takes no appointment.
 *
 * @param label a short word for colleagues ("congrès", "congés"); never health data
 */
public record Absence(String id, String practitionerId, Instant from, Instant to, String label, int version) {
}
