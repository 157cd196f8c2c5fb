package org.openace.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An AD/CVD case on file: its number (without company), the ISO country it applies to, its product and source. */
public record AdCvdCase(AdCvdCaseNumber number, CountryCode country, String product,
                        @Nullable BigDecimal cashDepositPercent, @Nullable LocalDate effectiveFrom, String source) {
}
