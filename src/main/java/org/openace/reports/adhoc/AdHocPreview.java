package org.openace.reports.adhoc;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.openace.analytics.AnalyticsReads;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.reports.ReportColumn;
import org.openace.reports.catalog.ReportQuery;
import org.openace.reports.run.EntitledRows;
import org.openace.reports.run.RequestRun;
import org.openace.reports.run.ResultPages;
import org.openace.reports.run.RunAudience;
import org.springframework.stereotype.Component;

/**
 * The first rows of an ad hoc report, at once, on the page that builds it: the report's own query with a limit of
 * {@value #ROWS} rows, on this node's analytics store, narrowed to the user's scope exactly as a run is (the scope
 * written into the connection's {@link ReportQuery#ENTITLED} table). Audited as a run is.
 */
@Component
class AdHocPreview {

    static final int ROWS = 20;

    /** The rows shown: headers and cells as on a run's page. */
    record Rows(List<String> headers, List<List<String>> rows) {
    }

    private final AnalyticsReads reads;
    private final EntitledRows entitled;
    private final RequestRun request;
    private final AuditTrail audit;

    AdHocPreview(AnalyticsReads reads, EntitledRows entitled, RequestRun request, AuditTrail audit) {
        this.reads = reads;
        this.entitled = entitled;
        this.request = request;
        this.audit = audit;
    }

    /**
     * @throws RequestRun.NoReportsRight where the user may run no report
     * @throws org.openace.analytics.AnalyticsUnavailableException where this node keeps no analytics store
     */
    Rows preview(CurrentUser user, AdHocReport report) throws SQLException, IOException {
        RunAudience audience = request.audienceOf(user);
        List<EntitledRows.Row> scope = audience == RunAudience.TRADE ? entitled.of(user.id()) : List.of();
        ReportQuery query = AdHocQuery.of(report, audience == RunAudience.TRADE);
        List<ReportColumn> columns = report.reportColumns();
        List<List<String>> rows = reads.read(duck -> {
            EntitledRows.write(duck, scope);
            List<List<String>> read = new ArrayList<>();
            try (PreparedStatement statement = duck.prepareStatement(query.sql() + "\nlimit " + ROWS)) {
                int i = 1;
                for (Object parameter : query.parameters()) {
                    statement.setObject(i++, parameter);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        List<String> row = new ArrayList<>(columns.size());
                        for (int c = 0; c < columns.size(); c++) {
                            row.add(ResultPages.shown(rs, c + 1, columns.get(c).kind()));
                        }
                        read.add(row);
                    }
                }
            }
            return read;
        });
        audit.record(AuditRecord.of("REPORT_AD_HOC_PREVIEWED", AuditOutcome.SUCCESS)
                .actor(AuditActor.user(user.userId(), user.username())).detail("grain", report.grain().name())
                .detail("audience", audience.name()).detail("rows", rows.size())
                .detail("prompts", String.join("; ", report.prompts().described())));
        return new Rows(columns.stream().map(ReportColumn::header).toList(), rows);
    }
}
