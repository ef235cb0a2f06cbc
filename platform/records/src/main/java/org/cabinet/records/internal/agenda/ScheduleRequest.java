package org.cabinet.records.internal.agenda;

import java.util.List;

/** A practitioner's whole week of opening hours, replacing the previous one. */
public record ScheduleRequest(List<OpeningHours> weeklyHours) {
}
