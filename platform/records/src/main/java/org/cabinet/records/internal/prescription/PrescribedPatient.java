package org.cabinet.records.internal.prescription;

import java.time.LocalDate;

/**
 * The patient block of a prescription (CSP R5132-3), copied from the patient's record when it is issued.
 *
 * @param birthName  the birth name
 * @param usedName   the name used, if other
 * @param firstNames the first names
 * @param sex        F, M or U
 * @param birthDate  the birth date
 */
public record PrescribedPatient(String birthName, String usedName, String firstNames, String sex,
        LocalDate birthDate) {
}
