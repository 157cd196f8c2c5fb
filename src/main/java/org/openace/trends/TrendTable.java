package org.openace.trends;

import java.util.List;

/**
 * The figures by one dimension: the rows shown, and how many groups there are in all (more than the rows when only
 * the largest are shown, which the page says).
 */
record TrendTable(TrendDimension dimension, List<TrendRow> rows, long groups) {

    TrendTable {
        rows = List.copyOf(rows);
    }

    boolean cut() {
        return groups > rows.size();
    }
}
