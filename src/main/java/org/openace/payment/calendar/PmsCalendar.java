package org.openace.payment.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openace.reference.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The dates of the Periodic Monthly Statement (PMS): entries released in a month are on the importer's PMS of the
 * next month, whose preliminary statement is generated on that month's 11th working day and paid (the ACH debit
 * pulled, the final statement issued) on its 15th working day, as CBP publishes them each year (CSMS #63430997 for
 * 2025). Working days are Monday to Friday except the federal holidays and closures on file; a year none of whose
 * holidays is on file has no calendar, rather than one that silently ignores its holidays.
 */
@Component
public class PmsCalendar {

    public static final int PRELIMINARY_WORKING_DAY = 11;
    public static final int PAYMENT_WORKING_DAY = 15;

    private final WorkingDays workingDays;

    PmsCalendar(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** One month of the calendar: the statement of the entries released in the month before. */
    public record Month(YearMonth month, LocalDate preliminary, LocalDate payment) {

        /** The month whose releases this month's statement holds. */
        public YearMonth releasedIn() {
            return month.minusMonths(1);
        }
    }

    /** The twelve months of a year, or empty when none of the year's federal holidays is on file. */
    public Optional<List<Month>> year(int year) {
        if (!holidaysOnFile(year)) {
            return Optional.empty();
        }
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(year, m)));
        }
        return Optional.of(months);
    }

    /** The statement dates of one month (the holidays of its year are assumed to be on file). */
    public Month month(YearMonth month) {
        return new Month(month,
                workingDays.nthOfMonth(month.getYear(), month.getMonthValue(), PRELIMINARY_WORKING_DAY),
                workingDays.nthOfMonth(month.getYear(), month.getMonthValue(), PAYMENT_WORKING_DAY));
    }

    /** The PMS on which an entry released on a date is paid. */
    public Month forReleaseOn(LocalDate released) {
        return month(YearMonth.from(released).plusMonths(1));
    }

    /** Whether any federal holiday or closure of the year is on file. */
    public boolean holidaysOnFile(int year) {
        return !workingDays.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).isEmpty();
    }
}
