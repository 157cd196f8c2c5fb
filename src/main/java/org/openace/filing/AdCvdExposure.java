package org.openace.filing;

import java.math.BigDecimal;

/**
 * What a trade user's unliquidated entries hold under one AD/CVD case: the final duty is only known when the entries
 * liquidate, so the entered value and the cash deposited are what is exposed to a rate found higher on review.
 *
 * @param caseNumber    the case (e.g. {@code A-570-900-000})
 * @param entries       entries with at least one line under the case
 * @param lines         lines under the case
 * @param enteredValue  the entered value of those lines, in dollars
 * @param deposits      the cash deposits on those lines, in dollars
 */
public record AdCvdExposure(String caseNumber, long entries, long lines, BigDecimal enteredValue,
                            BigDecimal deposits) {
}
