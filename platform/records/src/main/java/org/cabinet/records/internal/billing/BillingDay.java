package org.cabinet.records.internal.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One practitioner's day at the till: the care records of encounters on that date, and the payments received
 * that day (towards any care record of the practitioner's).
 *
 * @param practitionerId     the practitioner
 * @param date               the day, in the practice's zone
 * @param careRecords        how many care records the day's encounters have
 * @param acts               the acts billed, by code
 * @param billedCents        the sum of the day's care records
 * @param receivedCents      the sum of the payments received that day
 * @param receivedByMethod   the same, by method (CASH, CHEQUE, CARD, TRANSFER; every method listed)
 * @param outstandingCents   what patients still owe on the day's care records
 * @param thirdPartyCents    the part of the day's care records awaited from insurers
 */
public record BillingDay(String practitionerId, LocalDate date, int careRecords, List<ActCount> acts,
        long billedCents, long receivedCents, Map<String, Long> receivedByMethod, long outstandingCents,
        long thirdPartyCents) {

    /**
     * How many times an act was billed in the day, and for how much.
     *
     * @param code        the act's code
     * @param count       how many times
     * @param amountCents the sum of their amounts
     */
    public record ActCount(String code, int count, long amountCents) {
    }
}
