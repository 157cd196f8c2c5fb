package org.openace.reference;

import java.time.LocalDate;

/**
 * A U.S. federal fiscal year, named for the year in which it ends: FY2026 runs from 1 October 2025 to
 * 30 September 2026. Fee rates change with it ("The adjusted amounts ... for Fiscal Year 2026 are required as of
 * October 1, 2025", 90 FR 34665).
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    public FiscalYear {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("Not a fiscal year: " + year);
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    /** The fiscal year a date falls in: October, November and December belong to the next year's. */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear());
    }

    public LocalDate firstDay() {
        return LocalDate.of(year - 1, 10, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 9, 30);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return "FY" + year;
    }
}
