package org.openace.filing;

import java.math.BigDecimal;
import java.util.Objects;

import org.openace.reference.AdCvdCaseNumber;

/** The AD/CVD case of an entry line with its cash deposit rate (a percentage of the line's value) and deposit. */
public record AdCvdDeposit(AdCvdCaseNumber caseNumber, BigDecimal ratePercent, Money deposit) {

    public AdCvdDeposit {
        Objects.requireNonNull(caseNumber, "An AD/CVD deposit needs its case number");
        Objects.requireNonNull(ratePercent, "An AD/CVD deposit needs its rate");
        Objects.requireNonNull(deposit, "An AD/CVD deposit needs its amount");
        if (ratePercent.signum() < 0 || deposit.isNegative()) {
            throw new IllegalArgumentException("An AD/CVD rate and deposit are not negative");
        }
    }
}
