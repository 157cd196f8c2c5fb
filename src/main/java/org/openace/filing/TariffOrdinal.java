package org.openace.filing;

import java.util.List;
import java.util.Objects;

import org.openace.reference.HtsNumber;

/**
 * One HTS number reported on an entry line, with its entered value, its quantities in the schedule's units (up to
 * three), its duty rate and the duty declared. A Chapter 99 number is reported as its own ordinal on the line of the
 * commodity it is stacked on, usually with no value of its own: its duty is computed on the line's value.
 */
public record TariffOrdinal(HtsNumber htsNumber, Money enteredValue, List<Quantity> quantities, DutyRate rate,
                            Money duty, Money tax) {

    public TariffOrdinal {
        Objects.requireNonNull(htsNumber, "A tariff ordinal needs its HTS number");
        Objects.requireNonNull(enteredValue, "A tariff ordinal needs its entered value");
        Objects.requireNonNull(rate, "A tariff ordinal needs its duty rate");
        Objects.requireNonNull(duty, "A tariff ordinal needs its duty amount");
        Objects.requireNonNull(tax, "A tariff ordinal needs its tax amount (zero if none)");
        quantities = List.copyOf(quantities);
        if (quantities.size() > 3) {
            throw new IllegalArgumentException("A tariff ordinal has at most 3 quantities");
        }
        if (enteredValue.isNegative() || duty.isNegative() || tax.isNegative()) {
            throw new IllegalArgumentException("The value, duty and tax of a tariff ordinal are not negative");
        }
    }

    /** An ordinal without internal revenue tax. */
    public TariffOrdinal(HtsNumber htsNumber, Money enteredValue, List<Quantity> quantities, DutyRate rate, Money duty) {
        this(htsNumber, enteredValue, quantities, rate, duty, Money.ZERO);
    }

    public boolean isChapter99() {
        return htsNumber.isChapter99();
    }
}
