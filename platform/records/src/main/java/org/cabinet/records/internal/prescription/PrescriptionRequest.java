package org.cabinet.records.internal.prescription;

import java.math.BigDecimal;
import java.util.List;

/**
 * A prescription as a client sends it. The prescriber block comes from the caller's practitioner profile and the
 * patient block from the patient's record, never from the request.
 *
 * @param patientId   the patient
 * @param encounterId the encounter of the same patient it is written in
 * @param weightKg    the patient's weight, required for a child (see {@link PrescriptionRules#WEIGHT_BELOW_AGE})
 * @param heightCm    the patient's height, optional
 * @param lines       the lines
 */
public record PrescriptionRequest(String patientId, String encounterId, BigDecimal weightKg, Integer heightCm,
        List<PrescriptionLine> lines) {
}
