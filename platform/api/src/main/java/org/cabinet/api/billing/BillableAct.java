package org.cabinet.api.billing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One act a practitioner can bill: a code of the French nomenclatures (an NGAP key letter such as {@code SF}, or a
 * CCAM code such as {@code JQGD010}), its names, and the fee the module proposes. Amounts are integer cents, never
 * floating point. The clinic's tariff table wins over the proposed fee from the date an administrator gives a
 * tariff of the same code.
 *
 * @param code             the act's code, upper-case letters and digits (1 to 16)
 * @param nomenclature     which nomenclature the code belongs to
 * @param labelEnglish     what the act is, in English
 * @param labelFrench      the same in French
 * @param priceCents       the fee for coefficient 1, in euro cents, 0 or more
 * @param validFrom        the first date the fee applies to
 * @since 1.0
 */
public record BillableAct(String code, Nomenclature nomenclature, String labelEnglish, String labelFrench,
        long priceCents, LocalDate validFrom) {

    /** the shape of an act code */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,16}");

    /**
     * @throws IllegalArgumentException when the code has not the shape of {@link #CODE}, or the fee is negative
     * @throws NullPointerException     when a member is missing
     */
    public BillableAct {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nomenclature, "nomenclature");
        Objects.requireNonNull(labelEnglish, "labelEnglish");
        Objects.requireNonNull(labelFrench, "labelFrench");
        Objects.requireNonNull(validFrom, "validFrom");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an act code is 1 to 16 upper-case letters and digits");
        }
        if (priceCents < 0) {
            throw new IllegalArgumentException("a fee is 0 cents or more");
        }
    }

    /**
     * The nomenclature an act's code belongs to.
     *
     * @since 1.0
     */
    public enum Nomenclature {
        /** Nomenclature générale des actes professionnels: key letters with a coefficient ({@code C 2.5}) */
        NGAP,
        /** Classification commune des actes médicaux: technical acts */
        CCAM
    }
}
