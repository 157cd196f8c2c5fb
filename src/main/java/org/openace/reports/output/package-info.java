/**
 * A report run's result written in its download formats (CSV, XLSX, PDF) from its Parquet file, streamed with flat
 * memory: {@link org.openace.reports.output.ReportFormats} is the entry point.
 */
@NullMarked
package org.openace.reports.output;

import org.jspecify.annotations.NullMarked;
