package org.cabinet.records.internal.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The care record of one encounter: what was billed, what insurers owe, what the patient paid.
 *
 * @param id               its id
 * @param version          its version (ETag)
 * @param patientId        the patient
 * @param encounterId      the encounter billed
 * @param practitionerId   the practitioner whose fee it is
 * @param serviceDate      the encounter's date, on which the acts are priced
 * @param exemption        NONE, ALD, MATERNITY or WORK_ACCIDENT
 * @param thirdParty       NONE, AMO or AMO_AMC
 * @param acts             the acts as billed
 * @param totalCents       their sum
 * @param thirdPartyCents  the part awaited from insurers
 * @param patientCents     the patient's part: total less the third party's
 * @param paidCents        what the patient paid so far
 * @param leftToPayCents   what the patient still owes
 * @param payments         the payments, oldest first
 */
public record CareRecord(String id, int version, String patientId, String encounterId, String practitionerId,
        LocalDate serviceDate, String exemption, String thirdParty, List<BilledAct> acts, long totalCents,
        long thirdPartyCents, long patientCents, long paidCents, long leftToPayCents, List<Payment> payments) {

    /**
     * One payment.
     *
     * @param id          its id
     * @param method      CASH, CHEQUE, CARD or TRANSFER
     * @param amountCents the amount, in cents
     * @param receivedAt  when it was recorded
     */
    public record Payment(String id, String method, long amountCents, Instant receivedAt) {
    }
}
