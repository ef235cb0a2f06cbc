package org.cabinet.records.internal.agenda;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A practitioner's weekly opening hours. Its {@code bookings} column is left unmapped: only a booking's lock
 * increments it. Never leaves this bundle.
 */
@Entity
@Table(name = "rec_schedule")
public class ScheduleEntity {

    @Id
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "weekly_hours")
    private String weeklyHours;
    @Version
    private int version;
    @Column(name = "updated_us")
    private long updatedUs;
    @Column(name = "updated_by")
    private String updatedBy;

    protected ScheduleEntity() {
    }

    ScheduleEntity(String practitionerId) {
        this.practitionerId = practitionerId;
    }

    void change(WeeklyHours hours, long nowUs, String author) {
        this.weeklyHours = hours.encode();
        this.updatedUs = nowUs;
        this.updatedBy = author;
    }

    String practitionerId() {
        return practitionerId;
    }

    WeeklyHours weeklyHours() {
        return WeeklyHours.decode(weeklyHours);
    }

    int version() {
        return version;
    }
}
