package org.openace.reports.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.identity.UserId;
import org.openace.reports.catalog.DateBasis;
import org.openace.reports.run.RunAudience;
import org.openace.test.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A schedule's moves: made active, paused and resumed by its owner, stopped for good by the portal. */
class ReportScheduleTests {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-06T12:00:00Z")); // a Sunday

    private ReportSchedule weekly() {
        return ReportSchedule.create(new UserId(UUID.randomUUID()), RunAudience.TRADE, "ES-003",
                "ES-003 Entry Summary Line Tariff Details", new SchedulePrompts(RelativePeriod.PREVIOUS_7_DAYS,
                        DateBasis.ENTRY_SUMMARY_DATE, null, null, null, null, null, null), null,
                Timing.weekly(DayOfWeek.MONDAY, LocalTime.of(6, 0), ZoneOffset.UTC), clock.instant());
    }

    @Test
    void aNewScheduleIsActiveAndDueAtItsFirstTime() {
        ReportSchedule schedule = weekly();

        assertThat(schedule.status()).isEqualTo(ScheduleStatus.ACTIVE);
        assertThat(schedule.nextRunAt()).isEqualTo("2026-12-07T06:00:00Z");
        assertThat(schedule.nextRunShown()).isEqualTo("2026-12-07 06:00 Z");
        assertThat(schedule.standard()).isTrue();
    }

    @Test
    void aPausedScheduleIsNotDueAndResumedIsDueAtItsNextTimeFromThenWithoutMakingUpTheTimesMissed() {
        ReportSchedule paused = weekly().paused(clock.instant());
        assertThat(paused.status()).isEqualTo(ScheduleStatus.PAUSED);
        assertThat(paused.nextRunAt()).isNull();

        clock.advance(java.time.Duration.ofDays(10)); // Wednesday 2026-12-16, two Mondays missed
        ReportSchedule resumed = paused.resumed(clock.instant());

        assertThat(resumed.status()).isEqualTo(ScheduleStatus.ACTIVE);
        assertThat(resumed.nextRunAt()).isEqualTo("2026-12-21T06:00:00Z");
        assertThat(resumed.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void onlyAnActiveSchedulePausesAndOnlyAPausedOneResumes() {
        ReportSchedule active = weekly();
        assertThatThrownBy(() -> active.resumed(clock.instant())).isInstanceOf(ReportSchedule.NotAllowed.class);
        ReportSchedule paused = active.paused(clock.instant());
        assertThatThrownBy(() -> paused.paused(clock.instant())).isInstanceOf(ReportSchedule.NotAllowed.class);
    }

    @Test
    void aStoppedScheduleKeepsItsReasonAndNeitherResumesNorPauses() {
        ReportSchedule stopped = weekly().paused(clock.instant())
                .stopped("You no longer hold the reports right on any account or sub-account.", clock.instant());

        assertThat(stopped.status()).isEqualTo(ScheduleStatus.STOPPED);
        assertThat(stopped.stopReason()).contains("reports right");
        assertThat(stopped.nextRunAt()).isNull();
        assertThatThrownBy(() -> stopped.resumed(clock.instant())).isInstanceOf(ReportSchedule.NotAllowed.class);
        assertThatThrownBy(() -> stopped.paused(clock.instant())).isInstanceOf(ReportSchedule.NotAllowed.class);
        assertThatThrownBy(() -> stopped.stopped("again", clock.instant()))
                .isInstanceOf(ReportSchedule.NotAllowed.class);
    }
}
