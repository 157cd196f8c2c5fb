package org.openace.filing.generator;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.filing.DutyRate;
import org.openace.filing.UnitOfQuantity;
import org.openace.filing.WorkingDayCalendar;
import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.CountryCode;
import org.openace.reference.FeeRate;
import org.openace.reference.HtsNumber;

/**
 * The reference data the generator draws from, held in memory for a window of entry dates: for each working day on
 * which everything an entry needs is in force (an HTS edition with numbers whose general rate is computed, ports,
 * countries, entry type 01, the fiscal year's MPF), what is in force that day. Days without all of it get no entries:
 * nothing is guessed.
 */
record Catalog(List<Day> days, Set<LocalDate> holidays) {

    /**
     * An HTS number an entry line may report: its general rate (ad valorem, specific or compound, as the schedule
     * prints it), its units of quantity as the schedule lists them (up to three; a specific rate's unit among them),
     * and the Chapter 99 headings its footnotes point to that apply to goods of a country.
     */
    record Tariff(HtsNumber number, DutyRate rate, List<UnitOfQuantity> units, List<Stacked> chapter99) {

        Tariff {
            units = List.copyOf(units);
            chapter99 = List.copyOf(chapter99);
        }
    }

    /**
     * A Chapter 99 heading stacked on a commodity of the given origin, with the percentage its general rate adds to
     * the duty of the commodity's subheading ("The duty provided in the applicable subheading + 25%").
     */
    record Stacked(HtsNumber number, BigDecimal additionalPercent, CountryCode origin) {
    }

    /**
     * A product under an AD/CVD order: the HTS number of its scope, the country of the case, the case number on file
     * and the case's cash deposit rate on file.
     */
    record AdCvdProduct(Tariff tariff, CountryCode country, AdCvdCaseNumber caseNumber, BigDecimal depositPercent) {
    }

    /**
     * What is in force on an entry date. {@code informalFee} and {@code hmf} are null when not loaded for the fiscal
     * year (no informal entries, and no vessel shipments, are generated then); {@code adCvd} is empty when entry type
     * 03 is not in force or no case on file has a rate and an HTS number of its scope in force.
     */
    record Day(LocalDate date, List<Tariff> tariffs, List<PortCode> ports, List<CountryCode> countries, FeeRate mpf,
               @Nullable FeeRate hmf, @Nullable FeeRate informalFee, List<AdCvdProduct> adCvd) {

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
