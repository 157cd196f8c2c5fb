package org.openace.filing;

import java.util.Objects;

/**
 * The totals of an entry summary: entered value (Block 39), duty (41), tax (42), fees (the other fee summary) and
 * other (AD/CVD deposits), and their sum, the amount due.
 */
public record SummaryTotals(Money enteredValue, Money duty, Money tax, Money fees, Money other) {

    public SummaryTotals {
        Objects.requireNonNull(enteredValue);
        Objects.requireNonNull(duty);
        Objects.requireNonNull(tax);
        Objects.requireNonNull(fees);
        Objects.requireNonNull(other);
    }

    /** Duty, tax, fees and other together (Block 44). */
    public Money total() {
        return duty.plus(tax).plus(fees).plus(other);
    }
}
