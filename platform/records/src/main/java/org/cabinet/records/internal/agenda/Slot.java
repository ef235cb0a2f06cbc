package org.cabinet.records.internal.agenda;

import java.time.Instant;

/**
 * The time an appointment takes in a practitioner's agenda and, when it has one, in a room's.
 *
 * @param practitionerId who
 * @param roomId         where, or {@code null}
 * @param start          from (inclusive)
 * @param end            to (exclusive): an appointment ending at 09:20 leaves 09:20 free
 */
record Slot(String practitionerId, String roomId, Instant start, Instant end) {

    /** @return whether this slot and {@code [otherStart, otherEnd)} share an instant */
    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return overlaps(start, end, otherStart, otherEnd);
    }

    /** @return whether two half-open intervals share an instant */
    static boolean overlaps(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }
}
