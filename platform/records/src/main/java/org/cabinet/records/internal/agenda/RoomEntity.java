package org.cabinet.records.internal.agenda;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A consulting room. Its {@code bookings} column is left unmapped: only a booking's lock increments it.
 * Never leaves this bundle.
 */
@Entity
@Table(name = "rec_room")
public class RoomEntity {

    @Id
    private String id;
    private String name;
    private boolean active;
    @Version
    private int version;

    protected RoomEntity() {
    }

    RoomEntity(String id) {
        this.id = id;
    }

    void change(String name, boolean active) {
        this.name = name;
        this.active = active;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    boolean active() {
        return active;
    }

    int version() {
        return version;
    }
}
