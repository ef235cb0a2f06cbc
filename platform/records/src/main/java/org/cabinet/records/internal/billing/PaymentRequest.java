package org.cabinet.records.internal.billing;

/**
 * A payment towards a care record.
 *
 * @param method      CASH, CHEQUE, CARD or TRANSFER
 * @param amountCents the amount, in cents: more than 0, at most what is left to pay
 */
public record PaymentRequest(String method, Long amountCents) {
}
