package org.cabinet.records.internal.agenda;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A kind of appointment and its usual duration. Never leaves this bundle. */
@Entity
@Table(name = "rec_appointment_type")
public class AppointmentTypeEntity {

    @Id
    private String code;
    private String label;
    @Column(name = "duration_min")
    private int durationMinutes;
    private boolean active;
    @Version
    private int version;

    protected AppointmentTypeEntity() {
    }

    AppointmentTypeEntity(String code) {
        this.code = code;
    }

    void change(String label, int durationMinutes, boolean active) {
        this.label = label;
        this.durationMinutes = durationMinutes;
        this.active = active;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    int durationMinutes() {
        return durationMinutes;
    }

    boolean active() {
        return active;
    }

    int version() {
        return version;
    }
}
