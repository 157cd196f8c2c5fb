package org.openace.filing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.reference.CountryCode;

/**
 * A line of an entry summary (Form 7501 Block 31 on): its number, country of origin, manufacturer ID, whether buyer
 * and seller are related, the charges (freight and insurance not in the entered value), one commodity ordinal with
 * any Chapter 99 ordinals stacked on it, the AD/CVD case with its rate and deposit where the line has one, and the
 * line's fees.
 */
public record EntryLine(int lineNumber, CountryCode countryOfOrigin, String manufacturerId, boolean related,
                        Money charges, List<TariffOrdinal> ordinals, @Nullable AdCvdDeposit adCvd, List<Fee> fees) {

    public EntryLine {
        if (lineNumber < 1 || lineNumber > 9999) {
            throw new IllegalArgumentException("A line number is 1 to 9999");
        }
        Objects.requireNonNull(countryOfOrigin, "Line " + lineNumber + " needs its country of origin");
        Objects.requireNonNull(manufacturerId, "Line " + lineNumber + " needs its manufacturer ID");
        Objects.requireNonNull(charges, "Line " + lineNumber + " needs its charges (zero if none)");
        ordinals = List.copyOf(ordinals);
        fees = List.copyOf(fees);
        long commodities = ordinals.stream().filter(o -> !o.isChapter99()).count();
        if (commodities != 1) {
            throw new IllegalArgumentException("Line " + lineNumber + " has one commodity HTS number (and any Chapter 99 "
                    + "numbers stacked on it), not " + commodities);
        }
        if (charges.isNegative()) {
            throw new IllegalArgumentException("The charges of line " + lineNumber + " are not negative");
        }
    }

    /** The commodity's ordinal (the one that is not Chapter 99). */
    public TariffOrdinal commodity() {
        return ordinals.stream().filter(o -> !o.isChapter99()).findFirst().orElseThrow();
    }

    /** The Chapter 99 ordinals stacked on the commodity. */
    public List<TariffOrdinal> chapter99() {
        return ordinals.stream().filter(TariffOrdinal::isChapter99).toList();
    }

    public Money enteredValue() {
        return Money.sum(ordinals.stream().map(TariffOrdinal::enteredValue).toList());
    }

    public Money duty() {
        return Money.sum(ordinals.stream().map(TariffOrdinal::duty).toList());
    }

    public Money tax() {
        return Money.sum(ordinals.stream().map(TariffOrdinal::tax).toList());
    }

    public Optional<AdCvdDeposit> adCvdDeposit() {
        return Optional.ofNullable(adCvd);
    }

    public Money adCvdAmount() {
        return adCvd == null ? Money.ZERO : adCvd.deposit();
    }
}
