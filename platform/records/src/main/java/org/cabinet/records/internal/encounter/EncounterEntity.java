package org.cabinet.records.internal.encounter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One dated contact between a patient and a practitioner, as stored. Never leaves this bundle. */
@Entity
@Table(name = "rec_encounter")
public class EncounterEntity {

    @Id
    private String id;
    @Column(name = "patient_id")
    private String patientId;
    @Column(name = "practitioner_id")
    private String practitionerId;
    private String kind;
    @Column(name = "started_us")
    private long startedUs;
    @Column(name = "reason_sealed")
    private String reasonSealed;
    @Column(name = "appointment_id")
    private String appointmentId;
    @Version
    private int version;
    @Column(name = "created_us")
    private long createdUs;

    protected EncounterEntity() {
    }

    public EncounterEntity(String id, String patientId, String practitionerId, String kind, long startedUs,
            String reasonSealed, String appointmentId, long createdUs) {
        this.id = id;
        this.patientId = patientId;
        this.practitionerId = practitionerId;
        this.kind = kind;
        this.startedUs = startedUs;
        this.reasonSealed = reasonSealed;
        this.appointmentId = appointmentId;
        this.createdUs = createdUs;
    }

    public String id() {
        return id;
    }

    public String patientId() {
        return patientId;
    }

    public String practitionerId() {
        return practitionerId;
    }

    public String kind() {
        return kind;
    }

    public long startedUs() {
        return startedUs;
    }

    public String reasonSealed() {
        return reasonSealed;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public int version() {
        return version;
    }

    void change(String kind, long startedUs, String reasonSealed) {
        this.kind = kind;
        this.startedUs = startedUs;
        this.reasonSealed = reasonSealed;
    }
}
