package org.openace.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.reports.catalog.DateBasis;
import org.openace.reports.catalog.ReportPrompts;
import org.openace.reports.catalog.ReportQuery;
import org.openace.reports.run.ReportRun;
import org.openace.reports.run.ReportSource;
import org.openace.reports.run.RequestRun;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A report whose query takes minutes (a cross join of ranges), to cancel while DuckDB works on it: what such a test
 * checks is the run's cancel, not the report (tests only).
 */
@TestConfiguration
public class SlowReport {

    public static final String CODE = "TEST-SLOW";

    @Bean
    ReportSource slowReportSource() {
        return new ReportSource() {
            @Override
            public boolean runs(ReportRun run) {
                return run.reportCode().equals(CODE);
            }

            @Override
            public ReportQuery query(ReportRun run, boolean entitledOnly) {
                return new ReportQuery("select count(*) as n from range(100000000) a, range(100000) b "
                        + "where a.range + b.range = -1", List.of());
            }

            @Override
            public List<ReportColumn> columns(ReportRun run) {
                return List.of(new ReportColumn("n", ReportColumn.Kind.INTEGER));
            }
        };
    }

    /** Asks for a run of the slow report as the user (a trade user with the reports right somewhere). */
    public static ReportRun request(RequestRun request, PortalUser owner) {
        CurrentUser user = new CurrentUser(owner.id(), owner.username(), "Slow report test", Set.of(Role.TRADE));
        return request.request(user, CODE, "A slow report", new ReportPrompts(DateBasis.ENTRY_DATE,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, null, null, null, null, null), null, null);
    }
}
