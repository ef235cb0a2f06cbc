package org.cabinet.records.internal.patient;

import java.time.LocalDate;

/** One line of a patient search: enough to tell people apart, nothing clinical. */
public record PatientSummary(String id, String birthName, String usedName, String firstNames, LocalDate birthDate,
        String sex, String identityStatus) {
}
