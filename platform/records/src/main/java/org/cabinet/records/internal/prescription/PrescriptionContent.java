package org.cabinet.records.internal.prescription;

import java.math.BigDecimal;
import java.util.List;

import org.cabinet.records.internal.practitioner.Prescriber;

/**
 * What a prescription prints, stored as one sealed JSON document.
 *
 * @param prescriber the prescriber block
 * @param patient    the patient block
 * @param weightKg   the patient's weight, if given
 * @param heightCm   the patient's height, if given
 * @param lines      the lines, in the order written
 */
public record PrescriptionContent(Prescriber prescriber, PrescribedPatient patient, BigDecimal weightKg,
        Integer heightCm, List<PrescriptionLine> lines) {
}
