package org.cabinet.records.internal.agenda;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A time a practitioner takes no appointment (leave, training). Never leaves this bundle. */
@Entity
@Table(name = "rec_absence")
public class AbsenceEntity {

    @Id
    private String id;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "starts_us")
    private long startsUs;
    @Column(name = "ends_us")
    private long endsUs;
    private String label;
    @Version
    private int version;
    @Column(name = "created_us")
    private long createdUs;
    @Column(name = "created_by")
    private String createdBy;

    protected AbsenceEntity() {
    }

    AbsenceEntity(String id, String practitionerId, long startsUs, long endsUs, String label, long nowUs,
            String author) {
        this.id = id;
        this.practitionerId = practitionerId;
        this.startsUs = startsUs;
        this.endsUs = endsUs;
        this.label = label;
        this.createdUs = nowUs;
        this.createdBy = author;
    }

    String id() {
        return id;
    }

    String practitionerId() {
        return practitionerId;
    }

    long startsUs() {
        return startsUs;
    }

    long endsUs() {
        return endsUs;
    }

    String label() {
        return label;
    }

    int version() {
        return version;
    }
}
