package org.openace.reports.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * When a schedule runs: daily, weekly on a weekday or monthly on a day from 1 to 28, at a time of day in a named time
 * zone (UTC unless its owner chose another: a schedule at 06:00 New York time stays at 06:00 there across daylight
 * saving time). A time that does not exist on a day (skipped when clocks go forward) runs as late as the clocks
 * went forward; a time that occurs twice runs at its first occurrence.
 *
 * @param weekday    the day of a weekly schedule, null otherwise
 * @param dayOfMonth the day of a monthly schedule (1 to 28), null otherwise
 */
public record Timing(Frequency frequency, @Nullable DayOfWeek weekday, @Nullable Integer dayOfMonth, LocalTime time,
                     ZoneId zone) {

    /** The latest day of a month a monthly schedule may run on: every month has it. */
    public static final int LAST_DAY = 28;

    public Timing {
        if ((frequency == Frequency.WEEKLY) != (weekday != null)) {
            throw new IllegalArgumentException("A weekday is given for a weekly schedule, and only for one");
        }
        if ((frequency == Frequency.MONTHLY) != (dayOfMonth != null)) {
            throw new IllegalArgumentException("A day of the month is given for a monthly schedule, and only for one");
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > LAST_DAY)) {
            throw new IllegalArgumentException("A monthly schedule runs on a day from 1 to " + LAST_DAY);
        }
        time = time.truncatedTo(ChronoUnit.MINUTES);
    }

    public static Timing daily(LocalTime time, ZoneId zone) {
        return new Timing(Frequency.DAILY, null, null, time, zone);
    }

    public static Timing weekly(DayOfWeek weekday, LocalTime time, ZoneId zone) {
        return new Timing(Frequency.WEEKLY, weekday, null, time, zone);
    }

    public static Timing monthly(int dayOfMonth, LocalTime time, ZoneId zone) {
        return new Timing(Frequency.MONTHLY, null, dayOfMonth, time, zone);
    }

    /** The first time the schedule is due strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        LocalDate day = first(after.atZone(zone).toLocalDate());
        while (true) {
            Instant at = ZonedDateTime.of(day, time, zone).toInstant();
            if (at.isAfter(after)) {
                return at;
            }
            day = following(day);
        }
    }

    /**
     * A due schedule taken up at {@code now}: the latest time it was due (a node that was down runs a missed
     * schedule once, for the latest time it missed, not once per time missed) and the next time it is due.
     */
    public Catch caughtUp(Instant due, Instant now) {
        Instant latest = due;
        Instant next = nextAfter(due);
        while (!next.isAfter(now)) {
            latest = next;
            next = nextAfter(next);
        }
        return new Catch(latest, next);
    }

    /** The time a due schedule runs for, and when it is due next. */
    public record Catch(Instant dueAt, Instant nextAt) {
    }

    /** The day, in the schedule's zone, of a time it was due: the date its relative period counts from. */
    public LocalDate runDate(Instant dueAt) {
        return dueAt.atZone(zone).toLocalDate();
    }

    /** "Every Monday at 06:00 (America/New_York)". */
    public String described() {
        String at = " at " + time + " (" + zone.getId() + ")";
        return switch (frequency) {
            case DAILY -> "Every day" + at;
            case WEEKLY -> "Every " + weekday.getDisplayName(TextStyle.FULL, Locale.US) + at;
            case MONTHLY -> "Every month on day " + dayOfMonth + at;
        };
    }

    /** The first day on or after {@code day} the schedule runs on. */
    private LocalDate first(LocalDate day) {
        return switch (frequency) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.nextOrSame(weekday));
            case MONTHLY -> day.getDayOfMonth() <= dayOfMonth ? day.withDayOfMonth(dayOfMonth)
                    : day.plusMonths(1).withDayOfMonth(dayOfMonth);
        };
    }

    private LocalDate following(LocalDate day) {
        return switch (frequency) {
            case DAILY -> day.plusDays(1);
            case WEEKLY -> day.plusWeeks(1);
            case MONTHLY -> day.plusMonths(1).withDayOfMonth(dayOfMonth);
        };
    }
}
