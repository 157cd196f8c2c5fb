package org.openace.trends;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.agency.AgencyAgreement;

/**
 * The filters as typed in the address ({@code /trends?from=2025-10&to=2026-09&hts=01&country=CN&port=0101&type=01}),
 * each checked against a pattern before it may become a query parameter. Without months the question covers the 12
 * months up to the latest month in the store; a range of more than {@value #MOST_MONTHS} months, a month before
 * {@value #FIRST_YEAR} or after next year, or an end before the start is refused with the reason.
 */
record TrendForm(@Nullable String from, @Nullable String to, @Nullable String hts, @Nullable String country,
                 @Nullable String port, @Nullable String type) {

    static final int MOST_MONTHS = 120;
    static final int DEFAULT_MONTHS = 12;
    static final int FIRST_YEAR = 1990;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern HTS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PORT = Pattern.compile("\\d{4}");
    private static final Pattern TYPE = Pattern.compile("\\d{2}");

    /** The filter, or the reasons it was refused, field by field. */
    record Checked(@Nullable TrendFilter filter, Map<String, String> errors) {
    }

    /**
     * @param latest    the month the default range ends with (the latest in the store, or this month)
     * @param thisMonth today's month, for the bounds
     * @param agreement the partner agency's agreement the HTS filter must fall within; null for customs
     */
    Checked check(YearMonth latest, YearMonth thisMonth, @Nullable AgencyAgreement agreement) {
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth end = month("to", to, thisMonth, errors);
        YearMonth start = month("from", from, thisMonth, errors);
        if (end == null && blank(to) && !errors.containsKey("to")) {
            end = start != null && start.plusMonths(DEFAULT_MONTHS - 1).isBefore(latest)
                    ? start.plusMonths(DEFAULT_MONTHS - 1) : latest;
        }
        if (start == null && blank(from) && end != null) {
            start = end.minusMonths(DEFAULT_MONTHS - 1);
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.put("to", "The last month (" + end + ") is before the first (" + start + ").");
            } else if (new TrendFilter(start, end, null, null, null, null).months() > MOST_MONTHS) {
                errors.put("to", "Choose at most " + MOST_MONTHS + " months (10 years); " + start + " to " + end
                        + " is " + new TrendFilter(start, end, null, null, null, null).months() + ".");
            }
        }
        String htsDigits = matching("hts", blank(hts) ? null : hts.strip().replace(".", ""), HTS, errors,
                "Enter an HTS chapter (2 digits), heading (4 digits) or subheading (6 digits), for example 94, 9403 "
                        + "or 9403.20.");
        if (htsDigits != null && agreement != null && !agreement.overlaps(htsDigits)) {
            errors.put("hts", "HTS " + htsDigits + " is outside your agency's agreement, which covers "
                    + (agreement.htsPrefixes().isEmpty() ? "nothing yet" : String.join(", ", agreement.htsPrefixes()))
                    + ".");
        }
        String origin = matching("country", upper(country), COUNTRY, errors,
                "Enter a country of origin as its 2-letter ISO code, for example CN.");
        String portCode = matching("port", port, PORT, errors,
                "Enter a port of entry as its 4-digit Schedule D code, for example 0101.");
        String entryType = matching("type", type, TYPE, errors, "Enter an entry type as its 2 digits, for example 01.");
        if (!errors.isEmpty() || start == null || end == null) {
            return new Checked(null, errors);
        }
        return new Checked(new TrendFilter(start, end, htsDigits, origin, portCode, entryType), errors);
    }

    private static @Nullable YearMonth month(String field, @Nullable String typed, YearMonth thisMonth,
                                             Map<String, String> errors) {
        if (blank(typed)) {
            return null;
        }
        String value = typed.strip();
        YearMonth month = null;
        if (MONTH.matcher(value).matches()) {
            try {
                month = YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                month = null;
            }
        }
        if (month == null) {
            errors.put(field, "Enter the " + (field.equals("from") ? "first" : "last")
                    + " month as year and month, for example 2026-09.");
            return null;
        }
        if (month.getYear() < FIRST_YEAR || month.isAfter(thisMonth.plusYears(1))) {
            errors.put(field, "Choose a month from " + FIRST_YEAR + "-01 to " + thisMonth.plusYears(1) + ".");
            return null;
        }
        return month;
    }

    private static @Nullable String matching(String field, @Nullable String typed, Pattern pattern,
                                             Map<String, String> errors, String message) {
        if (blank(typed)) {
            return null;
        }
        String value = typed.strip();
        if (value.length() > 20 || !pattern.matcher(value).matches()) {
            errors.put(field, message);
            return null;
        }
        return value;
    }

    private static @Nullable String upper(@Nullable String typed) {
        return typed == null ? null : typed.toUpperCase(Locale.ROOT);
    }

    private static boolean blank(@Nullable String typed) {
        return typed == null || typed.isBlank();
    }
}
