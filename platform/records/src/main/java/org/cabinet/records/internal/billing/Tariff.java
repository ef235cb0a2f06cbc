package org.cabinet.records.internal.billing;

import java.time.LocalDate;

import org.cabinet.api.billing.BillableAct.Nomenclature;

/**
 * One dated fee of an act: from {@code validFrom} on, until a later tariff of the same code.
 *
 * @param code         the act's code ({@code G}, {@code C}, a CCAM code)
 * @param nomenclature NGAP or CCAM
 * @param labelEnglish what the act is
 * @param labelFrench  the same in French
 * @param priceCents   the fee for coefficient 1, in cents
 * @param validFrom    the first date it applies to
 * @param source       {@code core} for the clinic's tariff table, else the id of the module contributing the act
 */
public record Tariff(String code, Nomenclature nomenclature, String labelEnglish, String labelFrench, long priceCents,
        LocalDate validFrom, String source) {

    /** the source of the clinic's own tariff table */
    public static final String CORE = "core";
}
