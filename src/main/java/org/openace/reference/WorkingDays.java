package org.openace.reference;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working days of CBP: Monday to Friday except the federal holidays and closures on file (every holiday file loaded
 * counts). Each call reads the holidays of the range it needs with one indexed query.
 */
@Component
public class WorkingDays {

    /** How far a count may run, so that a wrong argument cannot loop for ever. */
    private static final int MAX_DAYS = 3660;

    private final JdbcClient jdbc;

    WorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && holidaysBetween(date, date).isEmpty();
    }

    /**
     * The date {@code days} working days after {@code from} (before it for a negative count): 2 working days after
     * a Friday before a Monday holiday is the Wednesday. {@code from} itself is not counted.
     */
    public LocalDate add(LocalDate from, int days) {
        if (Math.abs(days) > MAX_DAYS / 2) {
            throw new IllegalArgumentException("Too many working days: " + days);
        }
        int step = days >= 0 ? 1 : -1;
        LocalDate rangeEnd = from.plusDays((long) step * (Math.abs(days) * 2L + 21));
        Set<LocalDate> holidays = step > 0 ? holidaysBetween(from, rangeEnd) : holidaysBetween(rangeEnd, from);
        LocalDate date = from;
        int left = Math.abs(days);
        while (left > 0) {
            date = date.plusDays(step);
            if (!isWeekend(date) && !holidays.contains(date)) {
                left--;
            }
        }
        return date;
    }

    /** The nth working day (1 = the first) of a month, e.g. the 15th working day on which monthly statements fall. */
    public LocalDate nthOfMonth(int year, int month, int n) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        if (n < 1 || n > 23) {
            throw new IllegalArgumentException("A month has 1 to 23 working days: " + n);
        }
        Set<LocalDate> holidays = holidaysBetween(first, last);
        int count = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (!isWeekend(date) && !holidays.contains(date) && ++count == n) {
                return date;
            }
        }
        throw new IllegalArgumentException(first.getMonth() + " " + year + " has only " + count + " working days");
    }

    /** The holidays and closures on file between two dates (inclusive), by observed day. */
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select distinct on (h.observed_date) h.observed_date, h.holiday_date, h.name, h.source
                from reference_holiday h join reference_load l on l.id = h.load_id
                where h.observed_date between ? and ? order by h.observed_date, l.loaded_at desc
                """).param(Date.valueOf(from)).param(Date.valueOf(to))
                .query((rs, n) -> new Holiday(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4))).list();
    }

    private Set<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("select distinct observed_date from reference_holiday where observed_date between ? and ?")
                .param(Date.valueOf(from)).param(Date.valueOf(to)).query((rs, n) -> rs.getDate(1).toLocalDate()).list());
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
