package org.cabinet.records.internal.billing;

/** How a patient paid. */
public enum PaymentMethod {
    CASH, CHEQUE, CARD, TRANSFER
}
