package org.openace.reports.run;

import java.time.Clock;
import java.util.Optional;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Asking to cancel a run that has not finished, from its page or the API: a waiting run is cancelled at once, a
 * running one by the node running it within a heartbeat. Audited with the status the run had then.
 */
@Component
class CancelRun {

    private final ReportRuns runs;
    private final AuditTrail audit;
    private final Clock clock;

    CancelRun(ReportRuns runs, AuditTrail audit, Clock clock) {
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Asks for the cancel, unless the run has finished (then nothing happens and false is answered). */
    boolean cancel(ReportRun run, AuditActor actor) {
        if (run.finished()) {
            return false;
        }
        Optional<RunStatus> after = runs.requestCancel(run.id(), clock.instant());
        AuditRecord.Builder record = AuditRecord.of("REPORT_RUN_CANCEL_ASKED", AuditOutcome.SUCCESS).actor(actor)
                .object("REPORT_RUN", run.id()).detail("report", run.reportCode());
        after.ifPresent(status -> record.detail("status", status.name()));
        audit.record(record);
        return true;
    }
}
