package org.cabinet.records.internal.patient;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A patient as stored: NIR and contact details sealed. Never leaves this bundle. */
@Entity
@Table(name = "rec_patient")
public class PatientEntity {

    static final String ACTIVE = "active";
    static final String MERGED = "merged";

    @Id
    private String id;
    @Column(name = "birth_name")
    private String birthName;
    @Column(name = "used_name")
    private String usedName;
    @Column(name = "first_names")
    private String firstNames;
    @Column(name = "used_first_name")
    private String usedFirstName;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String sex;
    @Column(name = "birthplace_insee")
    private String birthplaceInsee;
    @Column(name = "nir_sealed")
    private String nirSealed;
    @Column(name = "nir_index")
    private String nirIndex;
    @Column(name = "identity_status")
    private String identityStatus;
    @Column(name = "identity_basis")
    private String identityBasis;
    @Column(name = "contact_sealed")
    private String contactSealed;
    @Column(name = "birth_name_key")
    private String birthNameKey;
    @Column(name = "first_name_key")
    private String firstNameKey;
    private String status;
    @Column(name = "merged_into")
    private String mergedInto;
    @Version
    private int version;
    @Column(name = "created_us")
    private long createdUs;
    @Column(name = "updated_us")
    private long updatedUs;

    protected PatientEntity() {
    }

    PatientEntity(String id, long nowUs) {
        this.id = id;
        this.status = ACTIVE;
        this.identityStatus = IdentityStatus.PROV.name();
        this.createdUs = nowUs;
        this.updatedUs = nowUs;
    }

    /** Sets the identity traits and their search keys. */
    void identity(String birthName, String usedName, String firstNames, String usedFirstName, LocalDate birthDate,
            String sex, String birthplaceInsee) {
        this.birthName = birthName;
        this.usedName = usedName;
        this.firstNames = firstNames;
        this.usedFirstName = usedFirstName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.birthplaceInsee = birthplaceInsee;
        this.birthNameKey = NameKeys.of(birthName);
        this.firstNameKey = NameKeys.firstOf(firstNames);
    }

    void nir(String sealed, String index) {
        this.nirSealed = sealed;
        this.nirIndex = index;
    }

    void contact(String sealed) {
        this.contactSealed = sealed;
    }

    void identityStatus(IdentityStatus status, String basis) {
        this.identityStatus = status.name();
        this.identityBasis = basis;
    }

    void mergeInto(String survivorId) {
        this.status = MERGED;
        this.mergedInto = survivorId;
    }

    void touched(long nowUs) {
        this.updatedUs = nowUs;
    }

    public String id() {
        return id;
    }

    String birthName() {
        return birthName;
    }

    String usedName() {
        return usedName;
    }

    String firstNames() {
        return firstNames;
    }

    String usedFirstName() {
        return usedFirstName;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    String sex() {
        return sex;
    }

    String birthplaceInsee() {
        return birthplaceInsee;
    }

    String nirSealed() {
        return nirSealed;
    }

    String nirIndex() {
        return nirIndex;
    }

    IdentityStatus identityStatus() {
        return IdentityStatus.valueOf(identityStatus);
    }

    String identityBasis() {
        return identityBasis;
    }

    String contactSealed() {
        return contactSealed;
    }

    String birthNameKeyValue() {
        return birthNameKey;
    }

    String firstNameKeyValue() {
        return firstNameKey;
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    String mergedInto() {
        return mergedInto;
    }

    public int version() {
        return version;
    }

    long createdUs() {
        return createdUs;
    }
}
