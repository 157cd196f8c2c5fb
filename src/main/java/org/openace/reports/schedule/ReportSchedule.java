package org.openace.reports.schedule;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.identity.UserId;
import org.openace.reports.run.RunAudience;

/**
 * A schedule of a report as recorded: whose, which report (a standard report by its code, or another kind with its
 * definition), with which prompts, when, and where it stands. Its moves ({@link #paused}, {@link #resumed},
 * {@link #stopped}) answer the schedule after the move, or refuse one its status does not allow.
 *
 * @param audience   whose view its runs are of, as when it was made: a run of another view is never made for it
 * @param definition for a report not in the catalog (ad hoc), its definition (JSON); null for a standard report
 * @param nextRunAt  when it is due next; null unless active
 */
public record ReportSchedule(UUID id, UserId owner, RunAudience audience, String reportCode, String title,
                             SchedulePrompts prompts, @Nullable String definition, Timing timing,
                             ScheduleStatus status, @Nullable String stopReason, @Nullable Instant nextRunAt,
                             Instant createdAt, Instant updatedAt, @Nullable UUID lastRunId,
                             @Nullable Instant lastRunAt) {

    /** A move the schedule's status does not allow (e.g. resuming a stopped schedule). */
    public static final class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message, null, false, false);
        }
    }

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A new active schedule, due at its first time after {@code now}. */
    public static ReportSchedule create(UserId owner, RunAudience audience, String reportCode, String title,
                                        SchedulePrompts prompts, @Nullable String definition, Timing timing,
                                        Instant now) {
        return new ReportSchedule(UUID.randomUUID(), owner, audience, reportCode, title, prompts, definition, timing,
                ScheduleStatus.ACTIVE, null, timing.nextAfter(now), now, now, null, null);
    }

    /** Paused by its owner: not due until resumed. Only an active schedule pauses. */
    public ReportSchedule paused(Instant now) {
        if (status != ScheduleStatus.ACTIVE) {
            throw new NotAllowed("Only an active schedule can be paused.");
        }
        return with(ScheduleStatus.PAUSED, null, null, now);
    }

    /** Resumed by its owner: due at its next time after now (the times missed while paused are not made up). */
    public ReportSchedule resumed(Instant now) {
        if (status != ScheduleStatus.PAUSED) {
            throw new NotAllowed("Only a paused schedule can be resumed.");
        }
        return with(ScheduleStatus.ACTIVE, null, timing.nextAfter(now), now);
    }

    /** Stopped by the portal, for good, because its owner may no longer run it. */
    public ReportSchedule stopped(String reason, Instant now) {
        if (status == ScheduleStatus.STOPPED) {
            throw new NotAllowed("The schedule is already stopped.");
        }
        return with(ScheduleStatus.STOPPED, reason, null, now);
    }

    /** When it is due next, in its time zone ("2026-12-07 06:00 America/New_York"); null unless active. */
    public @Nullable String nextRunShown() {
        return nextRunAt == null ? null : SHOWN.format(nextRunAt.atZone(timing.zone())) + " " + timing.zone().getId();
    }

    /** When its last run was asked for, in its time zone; null before its first. */
    public @Nullable String lastRunShown() {
        return lastRunAt == null ? null : SHOWN.format(lastRunAt.atZone(timing.zone())) + " " + timing.zone().getId();
    }

    /** Whether it is one of the catalog's standard reports (no definition of its own). */
    public boolean standard() {
        return definition == null;
    }

    private ReportSchedule with(ScheduleStatus newStatus, @Nullable String reason, @Nullable Instant next,
                                Instant now) {
        return new ReportSchedule(id, owner, audience, reportCode, title, prompts, definition, timing, newStatus,
                reason, next, createdAt, now, lastRunId, lastRunAt);
    }
}
