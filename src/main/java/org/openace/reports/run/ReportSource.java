package org.openace.reports.run;

import java.util.List;

import org.openace.reports.ReportColumn;
import org.openace.reports.catalog.ReportQuery;

/**
 * What a run runs: a standard report of the catalog ({@link StandardReportSource}) or another kind of report (an ad
 * hoc report from its definition). The run's worker asks the source that {@link #runs} a run for its query and
 * columns; its pages and downloads for its columns.
 */
public interface ReportSource {

    /** Whether this source makes the run's query. */
    boolean runs(ReportRun run);

    /**
     * The run's DuckDB query for its prompts (and definition).
     *
     * @param entitledOnly whether rows are kept only where the run's owner's scope ({@link ReportQuery#ENTITLED})
     *                     lets them see them
     * @throws IllegalStateException when the run's report can no longer be made (e.g. withdrawn from the catalog)
     */
    ReportQuery query(ReportRun run, boolean entitledOnly);

    /** The columns of the run's rows, in order. */
    List<ReportColumn> columns(ReportRun run);

    /**
     * What the run's report is, in words, beyond its prompts (an ad hoc report's columns, filters, summaries and
     * order); none for a standard report, which its title says.
     */
    default List<String> described(ReportRun run) {
        return List.of();
    }
}
