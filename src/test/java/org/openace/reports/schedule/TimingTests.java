package org.openace.reports.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a schedule is due: daily, weekly and monthly, across month and year ends and daylight saving time. */
class TimingTests {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime SIX = LocalTime.of(6, 0);

    @Test
    void aDailyScheduleIsDueLaterTheSameDayOrElseTheNextDay() {
        Timing daily = Timing.daily(SIX, UTC);

        assertThat(daily.nextAfter(Instant.parse("2026-12-06T05:59:00Z"))).isEqualTo("2026-12-06T06:00:00Z");
        assertThat(daily.nextAfter(Instant.parse("2026-12-06T06:00:00Z"))).isEqualTo("2026-12-07T06:00:00Z");
        assertThat(daily.nextAfter(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo("2027-01-01T06:00:00Z");
    }

    @Test
    void aWeeklyScheduleIsDueOnItsWeekday() {
        Timing mondays = Timing.weekly(DayOfWeek.MONDAY, SIX, UTC);

        // 2026-12-06 is a Sunday
        assertThat(mondays.nextAfter(Instant.parse("2026-12-06T12:00:00Z"))).isEqualTo("2026-12-07T06:00:00Z");
        assertThat(mondays.nextAfter(Instant.parse("2026-12-07T06:00:00Z"))).isEqualTo("2026-12-14T06:00:00Z");
        assertThat(mondays.nextAfter(Instant.parse("2026-12-07T05:00:00Z"))).isEqualTo("2026-12-07T06:00:00Z");
        assertThat(mondays.nextAfter(Instant.parse("2026-12-29T00:00:00Z"))).isEqualTo("2027-01-04T06:00:00Z");
    }

    @Test
    void aMonthlyScheduleIsDueOnItsDayAndEveryMonthHasIt() {
        Timing on28th = Timing.monthly(28, SIX, UTC);

        assertThat(on28th.nextAfter(Instant.parse("2026-01-31T00:00:00Z"))).isEqualTo("2026-02-28T06:00:00Z");
        assertThat(on28th.nextAfter(Instant.parse("2028-02-28T06:00:00Z"))).isEqualTo("2028-03-28T06:00:00Z");
        assertThat(on28th.nextAfter(Instant.parse("2026-12-28T07:00:00Z"))).isEqualTo("2027-01-28T06:00:00Z");
        Timing onFirst = Timing.monthly(1, SIX, UTC);
        assertThat(onFirst.nextAfter(Instant.parse("2026-12-01T06:00:00Z"))).isEqualTo("2027-01-01T06:00:00Z");
        assertThat(onFirst.nextAfter(Instant.parse("2026-11-30T23:59:00Z"))).isEqualTo("2026-12-01T06:00:00Z");
    }

    @Test
    void aScheduleInANamedZoneKeepsItsLocalTimeAcrossDaylightSavingTime() {
        Timing daily = Timing.daily(SIX, NEW_YORK);

        // EDT (UTC-4) before 2026-11-01, EST (UTC-5) after
        assertThat(daily.nextAfter(Instant.parse("2026-10-31T12:00:00Z"))).isEqualTo("2026-11-01T11:00:00Z");
        assertThat(daily.nextAfter(Instant.parse("2026-10-30T12:00:00Z"))).isEqualTo("2026-10-31T10:00:00Z");
        // 02:30 does not exist on 2026-03-08 in New York: run when the clocks went forward, at 03:30 EDT
        Timing skipped = Timing.daily(LocalTime.of(2, 30), NEW_YORK);
        assertThat(skipped.nextAfter(Instant.parse("2026-03-08T05:00:00Z"))).isEqualTo("2026-03-08T07:30:00Z");
        // a New York date, not a UTC date: 23:00 on the 6th in New York is the 7th in UTC
        Timing late = Timing.weekly(DayOfWeek.SUNDAY, LocalTime.of(23, 0), NEW_YORK);
        Instant due = late.nextAfter(Instant.parse("2026-12-06T12:00:00Z"));
        assertThat(due).isEqualTo("2026-12-07T04:00:00Z");
        assertThat(late.runDate(due)).isEqualTo("2026-12-06");
    }

    @Test
    void aScheduleMissedSeveralTimesRunsOnceForTheLatestTimeItMissed() {
        Timing daily = Timing.daily(SIX, UTC);

        Timing.Catch caught = daily.caughtUp(Instant.parse("2026-12-01T06:00:00Z"),
                Instant.parse("2026-12-04T07:00:00Z"));

        assertThat(caught.dueAt()).isEqualTo("2026-12-04T06:00:00Z");
        assertThat(caught.nextAt()).isEqualTo("2026-12-05T06:00:00Z");
        Timing.Catch onTime = daily.caughtUp(Instant.parse("2026-12-04T06:00:00Z"),
                Instant.parse("2026-12-04T06:00:01Z"));
        assertThat(onTime.dueAt()).isEqualTo("2026-12-04T06:00:00Z");
        assertThat(onTime.nextAt()).isEqualTo("2026-12-05T06:00:00Z");
    }

    @Test
    void aTimingNamesOnlyTheDayItsFrequencyUsesAndAMonthlyDayFrom1To28() {
        assertThatThrownBy(() -> new Timing(Frequency.WEEKLY, null, null, SIX, UTC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timing(Frequency.DAILY, DayOfWeek.MONDAY, null, SIX, UTC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timing.monthly(29, SIX, UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timing.monthly(0, SIX, UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Timing.weekly(DayOfWeek.FRIDAY, LocalTime.of(7, 30), NEW_YORK).described())
                .isEqualTo("Every Friday at 07:30 (America/New_York)");
        assertThat(Timing.monthly(15, SIX, UTC).described()).isEqualTo("Every month on day 15 at 06:00 (Z)");
    }
}
