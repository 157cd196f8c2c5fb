package org.openace.filing;

import java.time.LocalDate;

/**
 * Counts CBP working days: the date a number of working days after another. The reference module's
 * {@code WorkingDays::add} is one; tests pass a plain weekday calendar.
 */
@FunctionalInterface
public interface WorkingDayCalendar {

    LocalDate add(LocalDate from, int workingDays);
}
