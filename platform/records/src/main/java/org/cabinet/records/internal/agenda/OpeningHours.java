package org.cabinet.records.internal.agenda;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One opening of a practitioner's week, in the practice's zone.
 *
 * @param day  the day of the week ({@code MONDAY} ...)
 * @param from opening time, e.g. {@code 08:30}
 * @param to   closing time (exclusive), after {@code from} on the same day
 */
public record OpeningHours(DayOfWeek day, LocalTime from, LocalTime to) {
}
