package org.cabinet.records.internal.agenda;

/**
 * A consulting room.
 *
 * @param active whether it can be booked
 */
public record Room(String id, String name, boolean active, int version) {
}
