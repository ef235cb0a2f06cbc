package org.cabinet.records.internal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fee arithmetic in integer cents: a key letter's tariff times its coefficient ({@code C 2.5} = 2.5 × C). */
public final class Fees {

    /** the largest coefficient accepted on one act */
    static final BigDecimal MAX_COEFFICIENT = new BigDecimal("100");

    private Fees() {
    }

    /** @return {@code unitCents × coefficient}, rounded half up to the cent */
    public static long amount(long unitCents, BigDecimal coefficient) {
        return BigDecimal.valueOf(unitCents).multiply(coefficient).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** @return whether {@code coefficient} is one an act can carry: above 0, at most 100, at most two decimals */
    public static boolean isCoefficient(BigDecimal coefficient) {
        return coefficient != null && coefficient.signum() > 0 && coefficient.compareTo(MAX_COEFFICIENT) <= 0
                && coefficient.stripTrailingZeros().scale() <= 2;
    }

    /** @return the coefficient without trailing zeros nor exponent: {@code 2.50} as {@code 2.5}, {@code 10} as {@code 10} */
    public static BigDecimal plain(BigDecimal coefficient) {
        BigDecimal stripped = coefficient.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** @return {@code percent} % of {@code cents}, rounded half up to the cent */
    public static long percent(long cents, int percent) {
        return BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.HALF_UP).longValueExact();
    }
}
