package org.cabinet.records.internal.prescription;

/**
 * One line of a prescription (CSP R5132-3), as sent and as stored (sealed).
 *
 * @param drug                  the drug's name, or
 * @param dci                   its international non-proprietary name (DCI); one of the two is required
 * @param dosage                the dosage (posologie), e.g. {@code 1 g three times a day}
 * @param instructions          how to take it, optional
 * @param durationDays          the treatment's duration in days, or
 * @param boxes                 the number of boxes; one of the two is required
 * @param renewals              how many times it may be dispensed again (0 to 11)
 * @param nonSubstitutable      whether the pharmacist may not substitute a generic
 * @param nonSubstitutionReason MTE, EFG or CIF: required with {@code nonSubstitutable}, refused without it
 * @param ald                   whether the line is care for the patient's long-term condition (upper zone of a
 *                              bizone prescription)
 */
public record PrescriptionLine(String drug, String dci, String dosage, String instructions, Integer durationDays,
        Integer boxes, Integer renewals, Boolean nonSubstitutable, String nonSubstitutionReason, Boolean ald) {

    /** @return whether the line is for the patient's long-term condition */
    public boolean forAld() {
        return Boolean.TRUE.equals(ald);
    }
}
