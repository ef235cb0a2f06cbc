package org.cabinet.records.internal.record;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** The current version of one entry of a medical record, its fields sealed as JSON. Never leaves this bundle. */
@Entity
@Table(name = "rec_entry")
public class RecordEntryEntity {

    static final String ACTIVE = "active";
    static final String WITHDRAWN = "entered-in-error";

    @Id
    private String id;
    @Column(name = "patient_id")
    private String patientId;
    @Column(name = "encounter_id")
    private String encounterId;
    private String kind;
    private String status;
    @Column(name = "payload_sealed")
    private String payloadSealed;
    @Version
    private int version;
    @Column(name = "recorded_us")
    private long recordedUs;
    @Column(name = "author_id")
    private String authorId;
    @Column(name = "updated_us")
    private long updatedUs;
    @Column(name = "updated_by")
    private String updatedBy;

    protected RecordEntryEntity() {
    }

    public RecordEntryEntity(String id, String patientId, String encounterId, String kind, String payloadSealed,
            String authorId, long nowUs) {
        this.id = id;
        this.patientId = patientId;
        this.encounterId = encounterId;
        this.kind = kind;
        this.status = ACTIVE;
        this.payloadSealed = payloadSealed;
        this.authorId = authorId;
        this.recordedUs = nowUs;
        this.updatedBy = authorId;
        this.updatedUs = nowUs;
    }

    void correct(String payloadSealed, String status, String by, long nowUs) {
        this.payloadSealed = payloadSealed;
        this.status = status;
        this.updatedBy = by;
        this.updatedUs = nowUs;
    }

    public String id() {
        return id;
    }

    public String patientId() {
        return patientId;
    }

    public String encounterId() {
        return encounterId;
    }

    public String kind() {
        return kind;
    }

    public String status() {
        return status;
    }

    public String payloadSealed() {
        return payloadSealed;
    }

    public int version() {
        return version;
    }

    public long recordedUs() {
        return recordedUs;
    }

    public String authorId() {
        return authorId;
    }

    public long updatedUs() {
        return updatedUs;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
