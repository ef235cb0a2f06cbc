package org.cabinet.records.internal.billing;

import java.math.BigDecimal;

/**
 * An act to bill, as a client sends it.
 *
 * @param code        the act's code ({@code G}, {@code C}, a module's act)
 * @param coefficient the key letter's coefficient ({@code 2.5} for {@code C 2.5}); 1 when absent
 */
public record ActRequest(String code, BigDecimal coefficient) {
}
