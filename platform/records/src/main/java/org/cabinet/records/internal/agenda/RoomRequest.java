package org.cabinet.records.internal.agenda;

/** A new room, or new terms for one; {@code active} is true when absent. */
public record RoomRequest(String name, Boolean active) {
}
