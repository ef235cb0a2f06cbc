package org.cabinet.records.internal.billing;

import java.math.BigDecimal;

/**
 * An act as billed: priced once, from the tariff valid on the encounter's date; later tariffs do not change it.
 *
 * @param code         the act's code
 * @param nomenclature NGAP or CCAM
 * @param label        its French label, as the care sheet prints it
 * @param coefficient  the coefficient
 * @param unitCents    the tariff for coefficient 1, in cents
 * @param amountCents  unit × coefficient, in cents
 * @param source       {@code core}, or the id of the module that contributed the act
 */
public record BilledAct(String code, String nomenclature, String label, BigDecimal coefficient, long unitCents,
        long amountCents, String source) {
}
