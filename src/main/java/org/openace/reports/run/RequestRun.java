package org.openace.reports.run;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.ApiTokenPrincipal;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.reports.ReportsProperties;
import org.openace.reports.catalog.ReportPrompts;
import org.openace.reports.catalog.StandardReport;
import org.springframework.stereotype.Component;

/**
 * Asking for a run of a standard report: a customs officer's covers every account; a trade user's covers what their
 * reports right reaches (refused if it reaches nothing). One asker has at most {@code openace.reports.max-active-runs}
 * runs waiting or running (scheduled runs aside): one more is refused ({@link TooManyRuns}) and the refusal audited. The run is queued in PostgreSQL and audited; this node's
 * workers are told at once, and any node's take it if these are busy.
 */
@Component
public class RequestRun {

    /** The user may run no report: no reports right on any account, or not a role that runs them. */
    public static final class NoReportsRight extends RuntimeException {
        NoReportsRight(String message) {
            super(message, null, false, false);
        }
    }

    /** The asker has as many runs waiting or running as they may ({@code openace.reports.max-active-runs}). */
    public static final class TooManyRuns extends RuntimeException {
        TooManyRuns(String message) {
            super(message, null, false, false);
        }
    }

    private final ReportRuns runs;
    private final EntitledRows entitled;
    private final RunWorker worker;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReportsProperties properties;

    RequestRun(ReportRuns runs, EntitledRows entitled, RunWorker worker, AuditTrail audit, Clock clock,
               ReportsProperties properties) {
        this.properties = properties;
        this.runs = runs;
        this.entitled = entitled;
        this.worker = worker;
        this.audit = audit;
        this.clock = clock;
    }

    public ReportRun request(CurrentUser user, StandardReport report, ReportPrompts prompts,
                             @Nullable UUID scheduleId) {
        return request(user, report.code(), report.fullTitle(), prompts, null, scheduleId);
    }

    /**
     * Asks for a run of any report: {@code code} and {@code title} as its history shows them, {@code definition}
     * for a report that is not in the catalog (read by the {@link ReportSource} that runs it).
     */
    public ReportRun request(CurrentUser user, String code, String title, ReportPrompts prompts,
                             @Nullable String definition, @Nullable UUID scheduleId) {
        RunAudience audience = audienceOf(user);
        ReportRun run = new ReportRun(UUID.randomUUID(), user.id(), audience, code, title, prompts, RunStatus.QUEUED,
                0, null, false, null, clock.instant(), null, null, false, scheduleId, definition, null);
        return queued(run, AuditActor.user(user.userId(), user.username()));
    }

    /**
     * Asks for a run of a standard report with an API token of a filer sub-account: over the entries that sub-account
     * filed ({@link RunAudience#FILER}), the token's run (no user's), checked again when it starts.
     */
    public ReportRun request(ApiTokenPrincipal token, StandardReport report, ReportPrompts prompts) {
        ReportRun run = new ReportRun(UUID.randomUUID(), null, RunAudience.FILER, report.code(), report.fullTitle(),
                prompts, RunStatus.QUEUED, 0, null, false, null, clock.instant(), null, null, false, null, null,
                token.tokenId());
        return queued(run, actor(token));
    }

    /** How the audit names a token's actions. */
    static AuditActor actor(ApiTokenPrincipal token) {
        return actor(token.tokenId());
    }

    /** How the audit names the actions of the token of this id (a run it asked for, going on without it). */
    static AuditActor actor(UUID tokenId) {
        return new AuditActor(null, ApiTokenPrincipal.auditName(tokenId));
    }

    private ReportRun queued(ReportRun run, AuditActor actor) {
        if (run.scheduleId() == null && runs.active(run.owner(), run.apiToken()) >= properties.maxActiveRuns()) {
            audit.record(AuditRecord.of("REPORT_RUN_REQUESTED", AuditOutcome.DENIED).actor(actor)
                    .detail("report", run.reportCode()).detail("reason", "too many runs waiting or running"));
            throw new TooManyRuns("You have " + properties.maxActiveRuns() + " runs waiting or running, as many as "
                    + "one may: ask for this one again when one of them has finished, or cancel one.");
        }
        runs.insert(run);
        audit.record(AuditRecord.of("REPORT_RUN_REQUESTED", AuditOutcome.SUCCESS).actor(actor)
                .object("REPORT_RUN", run.id()).detail("report", run.reportCode())
                .detail("audience", run.audience().name())
                .detail("prompts", String.join("; ", run.prompts().described())).detail("schedule", run.scheduleId()));
        worker.nudge();
        return run;
    }

    /** Whose view the user's runs are of; refused where they may run none. */
    public RunAudience audienceOf(CurrentUser user) {
        if (user.hasRole(Role.OFFICER)) {
            return RunAudience.CUSTOMS;
        }
        if (user.hasRole(Role.TRADE) && !entitled.of(user.id()).isEmpty()) {
            return RunAudience.TRADE;
        }
        throw new NoReportsRight("You hold the reports right on no account or sub-account: ask your account's "
                + "owner for it, or ask an importer to grant your account access to its reports.");
    }
}
