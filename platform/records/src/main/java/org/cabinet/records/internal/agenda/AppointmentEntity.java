package org.cabinet.records.internal.agenda;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.cabinet.records.internal.guard.Times;

/** An appointment as stored: its reason sealed. Never leaves this bundle. */
@Entity
@Table(name = "rec_appointment")
public class AppointmentEntity {

    @Id
    private String id;
    @Column(name = "patient_id")
    private String patientId;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "room_id")
    private String roomId;
    @Column(name = "type_code")
    private String typeCode;
    @Column(name = "starts_us")
    private long startsUs;
    @Column(name = "ends_us")
    private long endsUs;
    private String status;
    @Column(name = "reason_sealed")
    private String reasonSealed;
    @Version
    private int version;
    @Column(name = "created_us")
    private long createdUs;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_us")
    private long updatedUs;
    @Column(name = "updated_by")
    private String updatedBy;

    protected AppointmentEntity() {
    }

    AppointmentEntity(String id, String patientId, Slot slot, String typeCode, String reasonSealed, long nowUs,
            String author) {
        this.id = id;
        this.patientId = patientId;
        this.status = AppointmentStatus.BOOKED.id();
        this.createdUs = nowUs;
        this.createdBy = author;
        book(slot, typeCode, reasonSealed, nowUs, author);
    }

    void book(Slot slot, String typeCode, String reasonSealed, long nowUs, String author) {
        this.practitionerId = slot.practitionerId();
        this.roomId = slot.roomId();
        this.startsUs = Times.micros(slot.start());
        this.endsUs = Times.micros(slot.end());
        this.typeCode = typeCode;
        this.reasonSealed = reasonSealed;
        touched(nowUs, author);
    }

    void status(AppointmentStatus next, long nowUs, String author) {
        this.status = next.id();
        touched(nowUs, author);
    }

    private void touched(long nowUs, String author) {
        this.updatedUs = nowUs;
        this.updatedBy = author;
    }

    String id() {
        return id;
    }

    String patientId() {
        return patientId;
    }

    String practitionerId() {
        return practitionerId;
    }

    String roomId() {
        return roomId;
    }

    String typeCode() {
        return typeCode;
    }

    long startsUs() {
        return startsUs;
    }

    long endsUs() {
        return endsUs;
    }

    AppointmentStatus status() {
        return AppointmentStatus.of(status);
    }

    String reasonSealed() {
        return reasonSealed;
    }

    int version() {
        return version;
    }
}
