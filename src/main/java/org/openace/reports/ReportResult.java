package org.openace.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * The rows a run produced: a Parquet file (written by DuckDB, one column per report column, in order, typed:
 * VARCHAR for text, BIGINT for integers, DATE, DECIMAL(18,2) for money, DECIMAL(21,6) for quantities), the columns
 * as shown, and how many rows it holds. Every format (paged table, CSV, XLSX, PDF) is written from this file, on any
 * node, so that a run follows its user across nodes.
 *
 * @param title the report's code and title, e.g. "ES-003 Entry Summary Line Tariff Details"
 */
public record ReportResult(String title, Path file, List<ReportColumn> columns, long rows) {

    public ReportResult {
        columns = List.copyOf(columns);
    }
}
