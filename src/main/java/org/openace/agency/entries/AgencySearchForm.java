package org.openace.agency.entries;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.filing.AgencyEntries;

/**
 * The filters a partner agency user types to search entries (every one optional): an HTS number of 4 to 10 digits,
 * a port of entry, summary dates from and to, and where the page starts ({@code after}, from the "next page" link).
 */
record AgencySearchForm(@Nullable String hts, @Nullable String port, @Nullable String from, @Nullable String to,
                        @Nullable String after) {

    private static final Pattern HTS = Pattern.compile("\\d{4}(\\.?\\d{2}){0,3}");
    private static final Pattern PORT = Pattern.compile("\\d{4}");

    /** The query, or the first field that is wrong (its name and message). */
    sealed interface Checked {
        record Valid(AgencyEntries.Query query, Map<String, String> filters) implements Checked {
        }

        record Invalid(String field, String message) implements Checked {
        }
    }

    Checked check() {
        String digits = blank(hts) == null ? null : hts.strip().replace(".", "");
        if (digits != null && (hts.strip().length() > 20 || !HTS.matcher(hts.strip()).matches())) {
            return new Checked.Invalid("hts", "Enter an HTS number of 4, 6, 8 or 10 digits, for example 9403 or "
                    + "9403.20.00.17");
        }
        String portCode = blank(port);
        if (portCode != null && !PORT.matcher(portCode).matches()) {
            return new Checked.Invalid("port", "Enter the port as its 4-digit code, for example 0101");
        }
        LocalDate start;
        LocalDate end;
        try {
            start = blank(from) == null ? null : LocalDate.parse(from.strip());
        }
        catch (DateTimeParseException e) {
            return new Checked.Invalid("from", "Enter a real date as YYYY-MM-DD, for example 2026-09-01");
        }
        try {
            end = blank(to) == null ? null : LocalDate.parse(to.strip());
        }
        catch (DateTimeParseException e) {
            return new Checked.Invalid("to", "Enter a real date as YYYY-MM-DD, for example 2026-09-30");
        }
        if (start != null && end != null && end.isBefore(start)) {
            return new Checked.Invalid("to", "The end date must be on or after the start date");
        }
        AgencyEntries.Cursor cursor = null;
        if (blank(after) != null) {
            cursor = AgencyEntries.Cursor.of(after.strip()).orElse(null);
            if (cursor == null) {
                return new Checked.Invalid("after", "The page asked for does not exist: start the search again");
            }
        }
        Map<String, String> filters = new LinkedHashMap<>();
        if (digits != null) {
            filters.put("hts", digits);
        }
        if (portCode != null) {
            filters.put("port", portCode);
        }
        if (start != null) {
            filters.put("from", start.toString());
        }
        if (end != null) {
            filters.put("to", end.toString());
        }
        return new Checked.Valid(new AgencyEntries.Query(digits, portCode, start, end, cursor), filters);
    }

    private static @Nullable String blank(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
