package org.cabinet.records.internal.patient;

import java.time.LocalDate;

/**
 * A patient's identity as a client sends it, to create or to change.
 *
 * @param birthName       the birth name (INS strict trait)
 * @param usedName        the name in use, when it differs
 * @param firstNames      every birth first name, in order, separated by spaces (INS strict trait)
 * @param usedFirstName   the first name in use, when it differs
 * @param birthDate       INS strict trait
 * @param sex             {@code F}, {@code M}, or {@code U} while unknown
 * @param birthplaceInsee the INSEE code of the birthplace (commune, or {@code 99xxx} for a country)
 * @param nir             the NIR (or NIA) with its key, spaces allowed
 * @param contact         how to reach the patient
 * @param confirmDistinct set to say "this is another person" when a record with the same strict traits exists
 */
public record PatientInput(String birthName, String usedName, String firstNames, String usedFirstName,
        LocalDate birthDate, String sex, String birthplaceInsee, String nir, Contact contact, Boolean confirmDistinct) {
}
