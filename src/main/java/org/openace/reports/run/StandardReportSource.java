package org.openace.reports.run;

import java.util.List;

import org.openace.reports.ReportColumn;
import org.openace.reports.catalog.ReportCatalog;
import org.openace.reports.catalog.ReportQuery;
import org.openace.reports.catalog.StandardReport;
import org.springframework.stereotype.Component;

/** Runs of the catalog's standard reports, by their code. */
@Component
class StandardReportSource implements ReportSource {

    private final ReportCatalog catalog;

    StandardReportSource(ReportCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean runs(ReportRun run) {
        return run.definition() == null && catalog.find(run.reportCode()).isPresent();
    }

    @Override
    public ReportQuery query(ReportRun run, boolean entitledOnly) {
        return ReportQuery.of(report(run), run.prompts(), entitledOnly);
    }

    @Override
    public List<ReportColumn> columns(ReportRun run) {
        return report(run).reportColumns();
    }

    private StandardReport report(ReportRun run) {
        return catalog.find(run.reportCode())
                .orElseThrow(() -> new IllegalStateException("No standard report " + run.reportCode()));
    }
}
