package org.openace.reports.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The dates a scheduled run covers, said relative to its run date (the day, in the schedule's time zone, the run was
 * due): fixed dates make no sense for a report that runs every day, week or month. Periods named "previous" hold only
 * whole days before the run date; periods "to date" run to the run date itself, included (what was filed until the
 * run).
 */
public enum RelativePeriod {
    PREVIOUS_DAY("The previous day"),
    PREVIOUS_7_DAYS("The previous 7 days"),
    PREVIOUS_30_DAYS("The previous 30 days"),
    PREVIOUS_CALENDAR_WEEK("The previous calendar week (Monday to Sunday)"),
    PREVIOUS_CALENDAR_MONTH("The previous calendar month"),
    MONTH_TO_DATE("The month to date (from the 1st to the run date)"),
    YEAR_TO_DATE("The year to date (from January 1 to the run date)"),
    PREVIOUS_CALENDAR_YEAR("The previous calendar year");

    /** The first and last day of a period, both included. */
    public record Range(LocalDate from, LocalDate to) {
    }

    private final String label;

    RelativePeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The days this period covers for a run due on {@code runDate}. */
    public Range range(LocalDate runDate) {
        LocalDate yesterday = runDate.minusDays(1);
        return switch (this) {
            case PREVIOUS_DAY -> new Range(yesterday, yesterday);
            case PREVIOUS_7_DAYS -> new Range(runDate.minusDays(7), yesterday);
            case PREVIOUS_30_DAYS -> new Range(runDate.minusDays(30), yesterday);
            case PREVIOUS_CALENDAR_WEEK -> {
                LocalDate monday = runDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new Range(monday, monday.plusDays(6));
            }
            case PREVIOUS_CALENDAR_MONTH -> {
                LocalDate first = runDate.withDayOfMonth(1).minusMonths(1);
                yield new Range(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case MONTH_TO_DATE -> new Range(runDate.withDayOfMonth(1), runDate);
            case YEAR_TO_DATE -> new Range(runDate.withDayOfYear(1), runDate);
            case PREVIOUS_CALENDAR_YEAR -> {
                LocalDate first = runDate.withDayOfYear(1).minusYears(1);
                yield new Range(first, first.with(TemporalAdjusters.lastDayOfYear()));
            }
        };
    }
}
