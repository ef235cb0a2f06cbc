package org.cabinet.itests.store.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** One stored test record: what the database holds, sealed fields as ciphertext. Never leaves this bundle. */
@Entity
@Table(name = "test_record")
public class TestRecord {

    @Id
    private String id;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "nir_sealed")
    private String nirSealed;

    @Column(name = "nir_index")
    private String nirIndex;

    @Lob
    @Column(name = "diagnosis_sealed")
    private String diagnosisSealed;

    protected TestRecord() {
    }

    TestRecord(String id, String familyName, LocalDate birthDate, String nirSealed, String nirIndex,
            String diagnosisSealed) {
        this.id = id;
        this.familyName = familyName;
        this.birthDate = birthDate;
        this.nirSealed = nirSealed;
        this.nirIndex = nirIndex;
        this.diagnosisSealed = diagnosisSealed;
    }

    String id() {
        return id;
    }

    String familyName() {
        return familyName;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    String nirSealed() {
        return nirSealed;
    }

    String diagnosisSealed() {
        return diagnosisSealed;
    }
}
