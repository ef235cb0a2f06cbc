package org.cabinet.records.internal.billing;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** The care record of one encounter (acts sealed, amounts in cents), as stored. Never leaves this bundle. */
@Entity
@Table(name = "rec_care_record")
public class CareRecordEntity {

    @Id
    private String id;
    @Column(name = "patient_id")
    private String patientId;
    @Column(name = "encounter_id")
    private String encounterId;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "service_date")
    private LocalDate serviceDate;
    private String exemption;
    @Column(name = "third_party")
    private String thirdParty;
    @Column(name = "acts_sealed")
    private String actsSealed;
    @Column(name = "act_count")
    private int actCount;
    @Column(name = "total_cents")
    private long totalCents;
    @Column(name = "awaited_cents")
    private long awaitedCents;
    @Version
    private int version;
    @Column(name = "created_us")
    private long createdUs;
    @Column(name = "updated_us")
    private long updatedUs;
    @Column(name = "updated_by")
    private String updatedBy;

    protected CareRecordEntity() {
    }

    CareRecordEntity(String id, String patientId, String encounterId, String practitionerId, LocalDate serviceDate,
            long createdUs) {
        this.id = id;
        this.patientId = patientId;
        this.encounterId = encounterId;
        this.practitionerId = practitionerId;
        this.serviceDate = serviceDate;
        this.createdUs = createdUs;
    }

    void bill(Exemption exemption, ThirdParty thirdParty, String actsSealed, int actCount, long totalCents,
            long awaitedCents, long nowUs, String by) {
        this.exemption = exemption.name();
        this.thirdParty = thirdParty.name();
        this.actsSealed = actsSealed;
        this.actCount = actCount;
        this.totalCents = totalCents;
        this.awaitedCents = awaitedCents;
        this.updatedUs = nowUs;
        this.updatedBy = by;
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

    String practitionerId() {
        return practitionerId;
    }

    LocalDate serviceDate() {
        return serviceDate;
    }

    Exemption exemption() {
        return Exemption.valueOf(exemption);
    }

    ThirdParty thirdParty() {
        return ThirdParty.valueOf(thirdParty);
    }

    String actsSealed() {
        return actsSealed;
    }

    int actCount() {
        return actCount;
    }

    long totalCents() {
        return totalCents;
    }

    long awaitedCents() {
        return awaitedCents;
    }

    int version() {
        return version;
    }
}
