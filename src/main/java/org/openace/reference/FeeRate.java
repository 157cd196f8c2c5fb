package org.openace.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A fee's rate in a fiscal year: an ad valorem percentage with an optional minimum and maximum (MPF 0.3464% between
 * the year's minimum and maximum; HMF 0.125%), or a flat amount (the informal entry fee).
 *
 * @param source where the figures were published (Federal Register, CSMS message, regulation)
 */
public record FeeRate(FiscalYear fiscalYear, FeeClassCode classCode, String description,
                      @Nullable BigDecimal adValoremPercent, @Nullable BigDecimal minimum, @Nullable BigDecimal maximum,
                      @Nullable BigDecimal flatAmount, String source) {

    public Optional<BigDecimal> percent() {
        return Optional.ofNullable(adValoremPercent);
    }

    public Optional<BigDecimal> min() {
        return Optional.ofNullable(minimum);
    }

    public Optional<BigDecimal> max() {
        return Optional.ofNullable(maximum);
    }

    public Optional<BigDecimal> flat() {
        return Optional.ofNullable(flatAmount);
    }

    /**
     * The fee on a value: the percentage of it, rounded half up to the cent, then held between the minimum and the
     * maximum; or the flat amount. For MPF the minimum and maximum apply to the summary's total (CATAIR), so callers
     * apply this to the summary's total value.
     */
    public BigDecimal feeOn(BigDecimal value) {
        if (adValoremPercent == null) {
            return flatAmount == null ? BigDecimal.ZERO.setScale(2) : flatAmount.setScale(2, RoundingMode.UNNECESSARY);
        }
        BigDecimal fee = value.multiply(adValoremPercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        if (minimum != null && fee.compareTo(minimum) < 0) {
            fee = minimum;
        }
        if (maximum != null && fee.compareTo(maximum) > 0) {
            fee = maximum;
        }
        return fee.setScale(2, RoundingMode.UNNECESSARY);
    }
}
