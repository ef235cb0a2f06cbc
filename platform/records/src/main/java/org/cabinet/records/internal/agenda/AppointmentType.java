package org.cabinet.records.internal.agenda;

/**
 * A kind of appointment and the time it takes.
 *
 * @param code            a stable id, e.g. {@code home-visit}
 * @param label           what users read
 * @param durationMinutes the usual duration
 * @param active          whether it can be booked
 */
public record AppointmentType(String code, String label, int durationMinutes, boolean active, int version) {
}
