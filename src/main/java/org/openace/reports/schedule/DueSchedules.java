package org.openace.reports.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.reports.catalog.ReportPrompts;
import org.openace.reports.run.ReportRun;
import org.openace.reports.run.RequestRun;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes up a due schedule, in one transaction: takes it from every other node (its next time moved on in the same
 * statement), then, where its owner may still run it, asks for a run of it with its prompts for the day it was due
 * (a run narrowed like any of theirs to what they may see when it starts); otherwise stops it, audited, and tells
 * its owner by e-mail. Should anything fail, nothing of it is kept and the schedule is due again at the next poll.
 */
@Component
class DueSchedules {

    private final ReportSchedules schedules;
    private final ScheduleOwners owners;
    private final RequestRun request;
    private final UserDirectory directory;
    private final ScheduleMails mails;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DueSchedules(ReportSchedules schedules, ScheduleOwners owners, RequestRun request, UserDirectory directory,
                 ScheduleMails mails, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.schedules = schedules;
        this.owners = owners;
        this.request = request;
        this.directory = directory;
        this.mails = mails;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Takes up the schedules due now, at most {@code limit}; answers how many this node took. */
    int takeUp(int limit) {
        Instant now = clock.instant();
        int taken = 0;
        for (ReportSchedules.Due due : schedules.due(now, limit)) {
            Boolean done = transaction.execute(status -> takeUp(due, now));
            if (Boolean.TRUE.equals(done)) {
                taken++;
            }
        }
        return taken;
    }

    private boolean takeUp(ReportSchedules.Due due, Instant now) {
        Timing.Catch caught = due.timing().caughtUp(due.dueAt(), now);
        Optional<ReportSchedule> taken = schedules.take(due.id(), due.dueAt(), caught.nextAt(), now);
        if (taken.isEmpty()) {
            return false; // another node has it
        }
        ReportSchedule schedule = taken.get();
        ScheduleOwners.Verdict verdict = owners.check(schedule);
        if (verdict.owner().isEmpty()) {
            stop(schedule, verdict.stopReason(), now);
            return true;
        }
        CurrentUser owner = verdict.owner().get();
        ReportPrompts prompts = schedule.prompts().at(schedule.timing().runDate(caught.dueAt()));
        ReportRun run = request.request(owner, schedule.reportCode(), schedule.title(), prompts,
                schedule.definition(), schedule.id());
        schedules.ran(schedule.id(), run.id(), now);
        return true;
    }

    private void stop(ReportSchedule schedule, String reason, Instant now) {
        if (!schedules.moved(schedule, schedule.stopped(reason, now))) {
            return;
        }
        audit.record(AuditRecord.of("REPORT_SCHEDULE_STOPPED", AuditOutcome.SUCCESS).actor(AuditActor.SYSTEM)
                .object("REPORT_SCHEDULE", schedule.id()).detail("report", schedule.reportCode())
                .detail("owner", schedule.owner().value()).detail("reason", reason));
        directory.find(schedule.owner()).map(UserSummary::email).ifPresent(email ->
                mails.stopped(email.value(), schedule.title(), schedule.timing().described(), reason));
    }
}
