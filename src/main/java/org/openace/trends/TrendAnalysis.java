package org.openace.trends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openace.agency.AgencyAgreement;
import org.openace.analytics.AnalyticsReads;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.privacy.DisclosureAccounting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the trends page's questions for a filter and scope: the totals, every month of the range (months without rows
 * at zero, so that a trend line has no false gaps), the HTS level below the filter, the {@value #TOP} largest
 * countries of origin and ports, and the entry types. A partner agency user's run is recorded in the accounting of
 * disclosures (recipient: the agency) and audited, before the figures are shown.
 */
@Component
class TrendAnalysis {

    static final int TOP = 10;
    static final int MOST_HTS_GROUPS = 200;
    static final String SUBJECT_TYPE = "NATIONAL_TRENDS";
    static final String PURPOSE = "National trade trend analysis within the agency's agreement with customs "
            + "(aggregate figures without personal data): HTS ";
    static final String LEGAL_BASIS = "The agency's agreement with customs for access to ACE trade data, "
            + "as recorded by an administrator in OpenACE";

    private final TrendQueries queries;
    private final AnalyticsReads reads;
    private final DisclosureAccounting disclosures;
    private final AuditTrail audit;

    TrendAnalysis(TrendQueries queries, AnalyticsReads reads, DisclosureAccounting disclosures, AuditTrail audit) {
        this.queries = queries;
        this.reads = reads;
        this.disclosures = disclosures;
        this.audit = audit;
    }

    /** The month the default range ends with: the latest in the store within the scope, or this month. */
    YearMonth latestMonth(TrendScope scope, YearMonth thisMonth) {
        return queries.latestMonth(scope).orElse(thisMonth);
    }

    /** The figures of a run; a partner agency's run is first recorded as a disclosure to the agency. */
    @Transactional
    TrendReport run(CurrentUser user, TrendFilter filter, TrendScope scope) {
        Instant asOf = appliedAt();
        TrendReport report = new TrendReport(filter, scope, queries.totals(filter, scope), months(filter, scope),
                queries.by(TrendDimension.htsBelow(filter.htsDigits()), filter, scope, MOST_HTS_GROUPS),
                queries.by(TrendDimension.COUNTRY, filter, scope, TOP),
                queries.by(TrendDimension.PORT, filter, scope, TOP),
                queries.by(TrendDimension.ENTRY_TYPE, filter, scope, MOST_HTS_GROUPS), asOf);
        AgencyAgreement agreement = scope.agreement();
        if (agreement != null) {
            disclosures.record(SUBJECT_TYPE, filter.described(), agreement.recipient(),
                    PURPOSE + String.join(", ", agreement.htsPrefixes()), LEGAL_BASIS, user.userId());
            audit.record(AuditRecord.of("TRENDS_VIEWED", AuditOutcome.SUCCESS).object("AGENCY", agreement.agencyCode())
                    .detail("filter", filter.described()).detail("entries", report.totals().entries()));
        }
        return report;
    }

    /** A partner agency user of no agency asked: audited as refused. */
    void refusedWithoutAgency() {
        audit.record(AuditRecord.of("TRENDS_VIEWED", AuditOutcome.DENIED).detail("reason", "NO_AGENCY"));
    }

    private TrendTable months(TrendFilter filter, TrendScope scope) {
        TrendTable found = queries.by(TrendDimension.MONTH, filter, scope, TrendForm.MOST_MONTHS);
        Map<String, TrendRow> byMonth = found.rows().stream()
                .collect(Collectors.toMap(TrendRow::key, Function.identity()));
        List<TrendRow> every = new ArrayList<>();
        for (YearMonth month = filter.from(); !month.isAfter(filter.to()); month = month.plusMonths(1)) {
            every.add(byMonth.getOrDefault(month.toString(), TrendRow.empty(month.toString())));
        }
        return new TrendTable(TrendDimension.MONTH, every, every.size());
    }

    private Instant appliedAt() {
        try {
            return reads.appliedAt();
        } catch (SQLException e) {
            throw new IllegalStateException("Analytics store not readable: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
