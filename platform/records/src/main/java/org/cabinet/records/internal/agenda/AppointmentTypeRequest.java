package org.cabinet.records.internal.agenda;

/** A new appointment type, or new terms for one ({@code code} is then taken from the path and may be absent). */
public record AppointmentTypeRequest(String code, String label, Integer durationMinutes, Boolean active) {
}
