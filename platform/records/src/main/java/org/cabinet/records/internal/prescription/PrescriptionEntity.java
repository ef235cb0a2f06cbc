package org.cabinet.records.internal.prescription;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A prescription as stored: its content one sealed JSON document. Never leaves this bundle. */
@Entity
@Table(name = "rec_prescription")
public class PrescriptionEntity {

    static final String ISSUED = "issued";
    static final String CANCELLED = "cancelled";

    @Id
    private String id;
    @Column(name = "patient_id")
    private String patientId;
    @Column(name = "encounter_id")
    private String encounterId;
    @Column(name = "prescriber_id")
    private String prescriberId;
    private String status;
    private boolean bizone;
    @Column(name = "renewal_of")
    private String renewalOf;
    @Column(name = "payload_sealed")
    private String payloadSealed;
    @Column(name = "issued_us")
    private long issuedUs;
    @Version
    private int version;
    @Column(name = "cancelled_us")
    private Long cancelledUs;
    @Column(name = "cancelled_by")
    private String cancelledBy;

    protected PrescriptionEntity() {
    }

    PrescriptionEntity(String id, String patientId, String encounterId, String prescriberId, boolean bizone,
            String renewalOf, String payloadSealed, long issuedUs) {
        this.id = id;
        this.patientId = patientId;
        this.encounterId = encounterId;
        this.prescriberId = prescriberId;
        this.status = ISSUED;
        this.bizone = bizone;
        this.renewalOf = renewalOf;
        this.payloadSealed = payloadSealed;
        this.issuedUs = issuedUs;
    }

    void cancel(long nowUs, String by) {
        this.status = CANCELLED;
        this.cancelledUs = nowUs;
        this.cancelledBy = by;
    }

    String id() {
        return id;
    }

    String patientId() {
        return patientId;
    }

    String encounterId() {
        return encounterId;
    }

    String prescriberId() {
        return prescriberId;
    }

    String status() {
        return status;
    }

    String renewalOf() {
        return renewalOf;
    }

    String payloadSealed() {
        return payloadSealed;
    }

    long issuedUs() {
        return issuedUs;
    }

    int version() {
        return version;
    }
}
