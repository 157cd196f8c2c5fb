package org.openace.reports.adhoc;

import java.util.EnumSet;
import java.util.Set;

import org.openace.reports.ReportColumn.Kind;

/** The summaries a grouped ad hoc report may hold per group. */
enum Aggregation {
    /** Rows of the grain in the group (entry summaries, or tariff lines). */
    COUNT_ROWS(EnumSet.noneOf(Kind.class)),
    /** Distinct entry summaries in the group. */
    COUNT_ENTRIES(EnumSet.noneOf(Kind.class)),
    /** The sum of an amount or a quantity. */
    SUM(EnumSet.of(Kind.MONEY, Kind.QUANTITY)),
    /** The earliest date. */
    MIN(EnumSet.of(Kind.DATE)),
    /** The latest date. */
    MAX(EnumSet.of(Kind.DATE));

    private final Set<Kind> kinds;

    Aggregation(Set<Kind> kinds) {
        this.kinds = kinds;
    }

    boolean needsColumn() {
        return !kinds.isEmpty();
    }

    boolean appliesTo(Kind kind) {
        return kinds.contains(kind);
    }
}
