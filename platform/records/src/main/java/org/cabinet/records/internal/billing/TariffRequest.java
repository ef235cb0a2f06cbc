package org.cabinet.records.internal.billing;

import java.time.LocalDate;

/**
 * A new dated tariff, as an administrator sends it.
 *
 * @param code         the act's code
 * @param nomenclature NGAP or CCAM; for a code already in the table, the table's when absent
 * @param labelEnglish what the act is; for a code already in the table, the latest label when absent
 * @param labelFrench  the same in French
 * @param priceCents   the fee for coefficient 1, in cents
 * @param validFrom    the first date it applies to: today or later
 */
public record TariffRequest(String code, String nomenclature, String labelEnglish, String labelFrench,
        Long priceCents, LocalDate validFrom) {
}
