package org.openace.reference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One number of the HTS edition in force on a date, with its rates as published. A statistical (10-digit) line
 * usually carries no rates itself; they are then those of its 8-digit subheading, named in {@link #ratesOf()}.
 *
 * @param number           the number looked up
 * @param edition          the edition it was found in
 * @param description      its description as published
 * @param units            its units of quantity as published (may contain HTML such as {@code m<sup>2</sup>})
 * @param general          the general (column 1) rate text, e.g. {@code 6.8%}, {@code Free}, {@code 6.6¢/kg}
 * @param special          the special rate text, e.g. {@code Free (A+,AU,...)}
 * @param other            the column 2 rate text
 * @param generalAdValorem the general rate as a percentage where it is a plain ad valorem rate ({@code 6.8%} is
 *                         6.8, {@code Free} is 0); null for specific, compound and text rates
 * @param ratesOf          the number whose line carries the rates (this one or its subheading)
 */
public record HtsLine(HtsNumber number, String edition, String description, List<String> units, String general,
                      String special, String other, @Nullable BigDecimal generalAdValorem, HtsNumber ratesOf) {

    public Optional<BigDecimal> adValoremPercent() {
        return Optional.ofNullable(generalAdValorem);
    }
}
