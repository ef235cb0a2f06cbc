package org.cabinet.records.internal.prescription;

import java.math.BigDecimal;

/**
 * The renewal of a prescription: its lines copied into a new one, written in another encounter.
 *
 * @param encounterId the encounter of the same patient the renewal is written in
 * @param weightKg    the patient's weight now; the original's when absent
 * @param heightCm    the patient's height now; the original's when absent
 */
public record RenewalRequest(String encounterId, BigDecimal weightKg, Integer heightCm) {
}
