package org.openace.trends;

import java.math.BigDecimal;

/**
 * One group's figures: the sums of goods value and duty (DECIMAL sums in DuckDB), the tariff lines (distinct entry
 * and line number) and the entries (distinct entry numbers) in it.
 */
record TrendRow(String key, BigDecimal value, BigDecimal duty, long lines, long entries) {

    static TrendRow empty(String key) {
        return new TrendRow(key, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0, 0);
    }
}
