package org.cabinet.records.internal.agenda;

import java.util.List;

/** A practitioner's weekly opening hours, in the practice's zone ({@code zone}). */
public record Schedule(String practitionerId, List<OpeningHours> weeklyHours, String zone, int version) {
}
