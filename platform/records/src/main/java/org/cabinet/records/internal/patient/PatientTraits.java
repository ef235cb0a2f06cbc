package org.cabinet.records.internal.patient;

import java.util.Objects;

/** The INS strict traits of a stored patient compared with a change: any difference means checking the identity again. */
final class PatientTraits {

    private PatientTraits() {
    }

    static boolean same(PatientEntity patient, PatientInput input, String nirIndex) {
        return patient.birthName().equals(input.birthName().strip())
                && patient.firstNames().equals(input.firstNames().strip())
                && patient.birthDate().equals(input.birthDate()) && patient.sex().equals(input.sex())
                && Objects.equals(patient.birthplaceInsee(), input.birthplaceInsee())
                && Objects.equals(patient.nirIndex(), nirIndex);
    }
}
