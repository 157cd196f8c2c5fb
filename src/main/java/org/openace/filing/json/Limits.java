package org.openace.filing.json;

import java.math.BigDecimal;

/** The bounds of what an entry summary may declare, beyond which a value is refused as not in its format. */
final class Limits {

    /** The largest amount of any field: the columns hold 14 digits with 2 decimals. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private Limits() {
    }
}
