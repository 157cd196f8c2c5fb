package org.openace.reports.schedule;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.reports.run.RequestRun;
import org.openace.reports.run.RunAudience;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's schedules: made for any report (a standard report by its code; another kind, an ad hoc report, with its
 * definition), paused, resumed and deleted by their owner alone, each move audited. Someone else's schedule is, to
 * a user, a schedule that does not exist.
 */
@Component
public class Schedules {

    private final ReportSchedules schedules;
    private final RequestRun request;
    private final AuditTrail audit;
    private final Clock clock;

    Schedules(ReportSchedules schedules, RequestRun request, AuditTrail audit, Clock clock) {
        this.schedules = schedules;
        this.request = request;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes a schedule of a report: {@code code} and {@code title} as its runs' history shows them,
     * {@code definition} for a report that is not in the catalog.
     *
     * @throws RequestRun.NoReportsRight where the user may run no report now
     */
    @Transactional
    public ReportSchedule create(CurrentUser user, String code, String title, SchedulePrompts prompts,
                                 @Nullable String definition, Timing timing) {
        RunAudience audience = request.audienceOf(user);
        ReportSchedule schedule = ReportSchedule.create(user.id(), audience, code, title, prompts, definition, timing,
                clock.instant());
        schedules.insert(schedule);
        audit.record(AuditRecord.of("REPORT_SCHEDULE_CREATED", AuditOutcome.SUCCESS).actor(actor(user))
                .object("REPORT_SCHEDULE", schedule.id()).detail("report", code).detail("audience", audience.name())
                .detail("timing", timing.described()).detail("prompts", String.join("; ", prompts.described())));
        return schedule;
    }

    public List<ReportSchedule> of(CurrentUser user) {
        return schedules.ofOwner(user.id());
    }

    /** The user's schedule of this id; empty for a schedule that does not exist or is someone else's. */
    public Optional<ReportSchedule> owned(UUID id, CurrentUser user) {
        return schedules.find(id).filter(schedule -> schedule.owner().equals(user.id()));
    }

    /**
     * Pauses the user's schedule.
     *
     * @throws ReportSchedule.NotAllowed where it is not active (or changed meanwhile)
     */
    @Transactional
    public ReportSchedule pause(ReportSchedule schedule, CurrentUser user) {
        return move(schedule, schedule.paused(clock.instant()), "REPORT_SCHEDULE_PAUSED", user);
    }

    /**
     * Resumes the user's schedule: due at its next time from now.
     *
     * @throws ReportSchedule.NotAllowed where it is not paused (or changed meanwhile)
     */
    @Transactional
    public ReportSchedule resume(ReportSchedule schedule, CurrentUser user) {
        return move(schedule, schedule.resumed(clock.instant()), "REPORT_SCHEDULE_RESUMED", user);
    }

    /** Deletes the user's schedule (its runs stay in their history); false where it was gone already. */
    @Transactional
    public boolean delete(ReportSchedule schedule, CurrentUser user) {
        if (!schedules.delete(schedule.id())) {
            return false;
        }
        audit.record(AuditRecord.of("REPORT_SCHEDULE_DELETED", AuditOutcome.SUCCESS).actor(actor(user))
                .object("REPORT_SCHEDULE", schedule.id()).detail("report", schedule.reportCode()));
        return true;
    }

    private ReportSchedule move(ReportSchedule before, ReportSchedule after, String action, CurrentUser user) {
        if (!schedules.moved(before, after)) {
            throw new ReportSchedule.NotAllowed("The schedule changed meanwhile.");
        }
        audit.record(AuditRecord.of(action, AuditOutcome.SUCCESS).actor(actor(user))
                .object("REPORT_SCHEDULE", after.id()).detail("report", after.reportCode()));
        return after;
    }

    private static AuditActor actor(CurrentUser user) {
        return AuditActor.user(user.userId(), user.username());
    }
}
