package org.openace.reports.schedule;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openace.reports.catalog.DateBasis;
import org.openace.reports.catalog.ReportPrompts;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates a scheduled run covers, from its run date. */
class RelativePeriodTests {

    private static RelativePeriod.Range range(RelativePeriod period, String runDate) {
        return period.range(LocalDate.parse(runDate));
    }

    private static RelativePeriod.Range days(String from, String to) {
        return new RelativePeriod.Range(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void previousPeriodsHoldWholeDaysBeforeTheRunDate() {
        assertThat(range(RelativePeriod.PREVIOUS_DAY, "2026-03-01")).isEqualTo(days("2026-02-28", "2026-02-28"));
        assertThat(range(RelativePeriod.PREVIOUS_DAY, "2027-01-01")).isEqualTo(days("2026-12-31", "2026-12-31"));
        assertThat(range(RelativePeriod.PREVIOUS_7_DAYS, "2026-12-07")).isEqualTo(days("2026-11-30", "2026-12-06"));
        assertThat(range(RelativePeriod.PREVIOUS_30_DAYS, "2026-03-01")).isEqualTo(days("2026-01-30", "2026-02-28"));
    }

    @Test
    void thePreviousCalendarWeekIsMondayToSundayBeforeTheRunDatesWeek() {
        // 2026-12-07 is a Monday, 2026-12-13 a Sunday
        assertThat(range(RelativePeriod.PREVIOUS_CALENDAR_WEEK, "2026-12-07")).isEqualTo(days("2026-11-30", "2026-12-06"));
        assertThat(range(RelativePeriod.PREVIOUS_CALENDAR_WEEK, "2026-12-13")).isEqualTo(days("2026-11-30", "2026-12-06"));
        assertThat(range(RelativePeriod.PREVIOUS_CALENDAR_WEEK, "2027-01-02")).isEqualTo(days("2026-12-21", "2026-12-27"));
    }

    @Test
    void thePreviousCalendarMonthEndsOnItsLastDayInLeapYearsToo() {
        assertThat(range(RelativePeriod.PREVIOUS_CALENDAR_MONTH, "2028-03-01")).isEqualTo(days("2028-02-01", "2028-02-29"));
        assertThat(range(RelativePeriod.PREVIOUS_CALENDAR_MONTH, "2026-03-31")).isEqualTo(days("2026-02-01", "2026-02-28"));
        assertThat(range(RelativePeriod.PREVIOUS_CALENDAR_MONTH, "2027-01-15")).isEqualTo(days("2026-12-01", "2026-12-31"));
        assertThat(range(RelativePeriod.PREVIOUS_CALENDAR_YEAR, "2027-01-01")).isEqualTo(days("2026-01-01", "2026-12-31"));
    }

    @Test
    void toDatePeriodsRunToTheRunDateIncluded() {
        assertThat(range(RelativePeriod.MONTH_TO_DATE, "2026-12-06")).isEqualTo(days("2026-12-01", "2026-12-06"));
        assertThat(range(RelativePeriod.YEAR_TO_DATE, "2026-12-06")).isEqualTo(days("2026-01-01", "2026-12-06"));
        assertThat(range(RelativePeriod.YEAR_TO_DATE, "2027-01-01")).isEqualTo(days("2027-01-01", "2027-01-01"));
    }

    @Test
    void aSchedulesPromptsBecomeARunsPromptsForEachRunDate() {
        SchedulePrompts prompts = new SchedulePrompts(RelativePeriod.PREVIOUS_CALENDAR_MONTH, DateBasis.ENTRY_DATE,
                new ReportPrompts.Importer(null, "XX-XXX0000"), "2704", null, "9403", "CN", null);

        ReportPrompts march = prompts.at(LocalDate.parse("2026-03-05"));

        assertThat(march).isEqualTo(new ReportPrompts(DateBasis.ENTRY_DATE, LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-02-28"), new ReportPrompts.Importer(null, "XX-XXX0000"), "2704", null, "9403",
                "CN", null));
        assertThat(prompts.at(LocalDate.parse("2026-04-05")).from()).isEqualTo("2026-03-01");
        assertThat(prompts.described()).containsExactly("Entry Date: the previous calendar month",
                "Importer Number XX-XXX0000", "Port of Entry Code 2704", "HTS Number 9403*",
                "Country of Origin Code CN");
    }
}
