package org.openace.filing;

import java.util.Objects;

import org.openace.reference.FeeClassCode;

/** A fee on a line or on the summary, by its class code: MPF 499, HMF 501, informal 311, ... Never negative. */
public record Fee(FeeClassCode classCode, Money amount) {

    public Fee {
        Objects.requireNonNull(classCode, "A fee needs its class code");
        Objects.requireNonNull(amount, "A fee needs its amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A fee is not negative: class " + classCode);
        }
    }
}
