package org.cabinet.records.internal.practitioner;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A practitioner's professional identity, keyed by their account's id, as stored. Never leaves this bundle. */
@Entity
@Table(name = "rec_practitioner")
public class PractitionerProfileEntity {

    @Id
    private String id;
    private String name;
    private String qualification;
    private String rpps;
    private String address;
    private String phone;
    private String email;
    @Version
    private int version;
    @Column(name = "updated_us")
    private long updatedUs;
    @Column(name = "updated_by")
    private String updatedBy;

    protected PractitionerProfileEntity() {
    }

    PractitionerProfileEntity(String userId) {
        this.id = userId;
    }

    void change(ProfileRequest profile, long nowUs, String by) {
        this.name = profile.name();
        this.qualification = profile.qualification();
        this.rpps = profile.rpps();
        this.address = profile.address();
        this.phone = profile.phone();
        this.email = profile.email();
        this.updatedUs = nowUs;
        this.updatedBy = by;
    }

    PractitionerProfile view() {
        return PractitionerProfile.of(id, version, new ProfileRequest(name, qualification, rpps, address, phone, email));
    }

    int version() {
        return version;
    }
}
