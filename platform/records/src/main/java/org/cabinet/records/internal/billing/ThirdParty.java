package org.cabinet.records.internal.billing;

/**
 * Third-party payment (tiers payant): which insurers pay the practitioner directly, and so how much of the fee is
 * awaited from them rather than paid by the patient.
 */
public enum ThirdParty {
    /** the patient pays the whole fee */
    NONE,
    /** compulsory insurance (AMO) pays its share directly */
    AMO,
    /** compulsory and complementary insurance (AMO + AMC) pay the whole fee directly */
    AMO_AMC;

    /** compulsory insurance's ordinary share of a consultation's fee, in percent */
    static final int AMO_ORDINARY_PERCENT = 70;

    /**
     * The part of {@code totalCents} awaited from insurers. Under {@link #AMO}, compulsory insurance pays 70 % of the
     * fee, or all of it in a context covered in full (ALD, maternity, work accident); the flat contribution
     * (participation forfaitaire) is not modelled. Under {@link #AMO_AMC} insurers pay the whole fee.
     */
    public long awaitedCents(long totalCents, Exemption exemption) {
        return switch (this) {
            case NONE -> 0;
            case AMO -> exemption.coveredInFull() ? totalCents : Fees.percent(totalCents, AMO_ORDINARY_PERCENT);
            case AMO_AMC -> totalCents;
        };
    }
}
