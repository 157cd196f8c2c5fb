package org.openace.reports.adhoc;

import java.util.List;
import java.util.stream.Collectors;

import org.openace.reports.ReportColumn;
import org.openace.reports.catalog.ReportQuery;
import org.openace.reports.run.ReportRun;
import org.openace.reports.run.ReportSource;
import org.springframework.stereotype.Component;

/**
 * Runs of ad hoc reports (code {@value #CODE}): the query and columns come from the definition kept with the run,
 * checked again when the run starts. A definition that no longer fits the whitelist fails the run with the reasons.
 */
@Component
class AdHocReportSource implements ReportSource {

    static final String CODE = "AD-HOC";

    private final AdHocDefinitions definitions;

    AdHocReportSource(AdHocDefinitions definitions) {
        this.definitions = definitions;
    }

    @Override
    public boolean runs(ReportRun run) {
        return run.definition() != null && CODE.equals(run.reportCode());
    }

    @Override
    public ReportQuery query(ReportRun run, boolean entitledOnly) {
        return AdHocQuery.of(report(run), entitledOnly);
    }

    @Override
    public List<ReportColumn> columns(ReportRun run) {
        AdHocCheck.Outcome outcome = definitions.checkKept(String.valueOf(run.definition()));
        return outcome.report() == null ? List.of() : outcome.report().reportColumns();
    }

    @Override
    public List<String> described(ReportRun run) {
        AdHocCheck.Outcome outcome = definitions.checkKept(String.valueOf(run.definition()));
        return outcome.report() == null ? List.of("The definition can no longer be read: "
                + outcome.problems().stream().map(AdHocCheck.Problem::message).collect(Collectors.joining(" ")))
                : outcome.report().described();
    }

    private AdHocReport report(ReportRun run) {
        AdHocCheck.Outcome outcome = definitions.checkKept(String.valueOf(run.definition()));
        if (outcome.report() == null) {
            String reasons = outcome.problems().stream().map(AdHocCheck.Problem::message)
                    .collect(Collectors.joining(" "));
            String message = "This ad hoc report can no longer be run as it was defined: " + reasons;
            throw new IllegalStateException(message.length() > 290 ? message.substring(0, 287) + "..." : message);
        }
        return outcome.report();
    }
}
