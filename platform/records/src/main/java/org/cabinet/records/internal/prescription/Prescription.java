package org.cabinet.records.internal.prescription;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.cabinet.records.internal.practitioner.Prescriber;

/**
 * A prescription as issued: immutable, but for its cancellation.
 *
 * @param id          its id
 * @param version     its version (ETag)
 * @param status      {@code issued} or {@code cancelled}
 * @param patientId   the patient
 * @param encounterId the encounter it was written in
 * @param issuedAt    when it was issued (its date, as printed)
 * @param renewalOf   the prescription it renews, if any
 * @param prescriber  the prescriber block
 * @param patient     the patient block
 * @param weightKg    the patient's weight, if given
 * @param heightCm    the patient's height, if given
 * @param layout      {@code bizone} or {@code standard}
 * @param lines       every line, in the order written
 * @param upperZone   the lines for the long-term condition (bizone only; empty otherwise)
 * @param lowerZone   the other lines
 */
public record Prescription(String id, int version, String status, String patientId, String encounterId,
        Instant issuedAt, String renewalOf, Prescriber prescriber, PrescribedPatient patient, BigDecimal weightKg,
        Integer heightCm, String layout, List<PrescriptionLine> lines, List<PrescriptionLine> upperZone,
        List<PrescriptionLine> lowerZone) {
}
