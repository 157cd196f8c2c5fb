package org.openace.reports.run;

import java.time.Clock;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.reports.ReportRunFinished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a run, recorded once: its status, its audit record and {@link ReportRunFinished}, in one transaction.
 * Each answers false (and does nothing) where the run is no longer this node's to end (taken back meanwhile).
 */
@Component
class RunEndings {

    private final ReportRuns runs;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunEndings(ReportRuns runs, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public boolean succeeded(ReportRun run, String node, long rows, AuditActor actor) {
        if (!runs.succeeded(run.id(), node, rows, clock.instant())) {
            return false;
        }
        audit.record(AuditRecord.of("REPORT_RUN_COMPLETED", AuditOutcome.SUCCESS).actor(actor)
                .object("REPORT_RUN", run.id()).detail("report", run.reportCode()).detail("rows", rows));
        events.publishEvent(new ReportRunFinished(run.id(), run.owner(), run.title(), RunStatus.SUCCEEDED.name(), rows,
                run.scheduleId()));
        return true;
    }

    @Transactional
    public boolean failed(ReportRun run, String node, String reason, AuditActor actor) {
        if (!runs.failed(run.id(), node, reason, clock.instant())) {
            return false;
        }
        audit.record(AuditRecord.of("REPORT_RUN_FAILED", AuditOutcome.FAILURE).actor(actor)
                .object("REPORT_RUN", run.id()).detail("report", run.reportCode()).detail("reason", reason));
        events.publishEvent(new ReportRunFinished(run.id(), run.owner(), run.title(), RunStatus.FAILED.name(), null,
                run.scheduleId()));
        return true;
    }

    @Transactional
    public boolean cancelled(ReportRun run, String node, AuditActor actor) {
        if (!runs.cancelledRunning(run.id(), node, clock.instant())) {
            return false;
        }
        audit.record(AuditRecord.of("REPORT_RUN_CANCELLED", AuditOutcome.SUCCESS).actor(actor)
                .object("REPORT_RUN", run.id()).detail("report", run.reportCode()));
        events.publishEvent(new ReportRunFinished(run.id(), run.owner(), run.title(), RunStatus.CANCELLED.name(), null,
                run.scheduleId()));
        return true;
    }
}
