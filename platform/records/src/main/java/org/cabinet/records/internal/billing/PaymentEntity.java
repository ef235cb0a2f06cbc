package org.cabinet.records.internal.billing;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One payment towards a care record, as stored: never changed once written. Never leaves this bundle. */
@Entity
@Table(name = "rec_payment")
public class PaymentEntity {

    @Id
    private String id;
    @Column(name = "care_record_id")
    private String careRecordId;
    @Column(name = "patient_id")
    private String patientId;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "pay_method")
    private String method;
    @Column(name = "amount_cents")
    private long amountCents;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "received_us")
    private long receivedUs;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected PaymentEntity() {
    }

    PaymentEntity(String id, CareRecordEntity record, PaymentMethod method, long amountCents, LocalDate receivedOn,
            long receivedUs, String recordedBy) {
        this.id = id;
        this.careRecordId = record.id();
        this.patientId = record.patientId();
        this.practitionerId = record.practitionerId();
        this.method = method.name();
        this.amountCents = amountCents;
        this.receivedOn = receivedOn;
        this.receivedUs = receivedUs;
        this.recordedBy = recordedBy;
    }

    String id() {
        return id;
    }

    String careRecordId() {
        return careRecordId;
    }

    PaymentMethod method() {
        return PaymentMethod.valueOf(method);
    }

    long amountCents() {
        return amountCents;
    }

    LocalDate receivedOn() {
        return receivedOn;
    }

    long receivedUs() {
        return receivedUs;
    }
}
