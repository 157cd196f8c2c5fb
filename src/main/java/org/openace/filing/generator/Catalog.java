package org.openace.filing.generator;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.filing.UnitOfQuantity;
import org.openace.filing.WorkingDayCalendar;
import org.openace.reference.CountryCode;
import org.openace.reference.FeeRate;
import org.openace.reference.HtsNumber;

/**
 * The reference data the generator draws from, held in memory for a window of entry dates: for each working day on
 * which everything an entry needs is in force (an HTS edition with ad valorem numbers, ports, countries, entry type
 * 01, the fiscal year's MPF), what is in force that day. Days without all of it get no entries: nothing is guessed.
 */
record Catalog(List<Day> days, Set<LocalDate> holidays) {

    /** An HTS number an entry line may report: its ad valorem general rate and its first unit of quantity, if any. */
    record Tariff(HtsNumber number, BigDecimal adValoremPercent, @Nullable UnitOfQuantity unit) {
    }

    /**
     * What is in force on an entry date. {@code informalFee} and {@code hmf} are null when not loaded for the fiscal
     * year (no informal entries, and no vessel shipments, are generated then).
     */
    record Day(LocalDate date, List<Tariff> tariffs, List<PortCode> ports, List<CountryCode> countries, FeeRate mpf,
               @Nullable FeeRate hmf, @Nullable FeeRate informalFee) {

        Day {
            Objects.requireNonNull(mpf, "MPF rates");
            if (tariffs.isEmpty() || ports.isEmpty() || countries.isEmpty()) {
                throw new IllegalArgumentException("A day of the catalog has tariffs, ports and countries: " + date);
            }
        }
    }

    Catalog {
        days = List.copyOf(days);
        holidays = Set.copyOf(holidays);
    }

    boolean isEmpty() {
        return days.isEmpty();
    }

    /** Weekdays that are not holidays on file. */
    WorkingDayCalendar calendar() {
        return (from, workingDays) -> {
            LocalDate date = from;
            int left = workingDays;
            while (left > 0) {
                date = date.plusDays(1);
                if (isWorkingDay(date)) {
                    left--;
                }
            }
            return date;
        };
    }

    boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }
}
