package org.openace.filing.search;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.ReleaseStatus;
import org.openace.reference.ImporterNumber;
import org.springframework.validation.Errors;

/**
 * The filters of an entry search as typed (the page's form, or the API's query parameters). Every filter is
 * optional and a blank one is no filter. {@link #toFilter} turns them into an {@link EntryFilter}, or explains per
 * field what is wrong. The importer number is turned into its keyed digest at once and never kept: {@link
 * #withoutImporter()} is what may be shown again or stored.
 */
record EntrySearchForm(@Nullable String summaryFrom, @Nullable String summaryTo, @Nullable String entryFrom,
                       @Nullable String entryTo, @Nullable String entryType, @Nullable String port,
                       @Nullable String importer, @Nullable String filerCode, @Nullable String status,
                       @Nullable String releaseStatus, @Nullable String hts, @Nullable String country,
                       @Nullable String sort, @Nullable String liquidatingBefore) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ENTRY_TYPE = Pattern.compile("\\d{2}");
    private static final Pattern FILER_CODE = Pattern.compile("[0-9A-Z]{3}");
    private static final Pattern HTS = Pattern.compile("\\d{4}(\\.?\\d{2}){0,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    static EntrySearchForm empty() {
        return new EntrySearchForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    EntrySearchForm withoutImporter() {
        return new EntrySearchForm(summaryFrom, summaryTo, entryFrom, entryTo, entryType, port, null, filerCode,
                status, releaseStatus, hts, country, sort, liquidatingBefore);
    }

    boolean hasImporter() {
        return blankToNull(importer) != null;
    }

    /**
     * The filter, with field errors added to {@code errors} for whatever cannot be used (the filter is then
     * partial and must not be run). {@code digest} turns an importer number into its look-up digest.
     */
    EntryFilter toFilter(Errors errors, Function<ImporterNumber, byte[]> digest) {
        LocalDate summaryStart = date("summaryFrom", summaryFrom, errors);
        LocalDate summaryEnd = date("summaryTo", summaryTo, errors);
        order("summaryTo", summaryStart, summaryEnd, errors);
        LocalDate entryStart = date("entryFrom", entryFrom, errors);
        LocalDate entryEnd = date("entryTo", entryTo, errors);
        order("entryTo", entryStart, entryEnd, errors);
        String type = matching("entryType", entryType, ENTRY_TYPE, errors,
                "Enter the entry type as its 2-digit code, for example 01");
        String portCode = port(errors);
        byte[] importerDigest = importer(errors, digest);
        String filer = matching("filerCode", upper(filerCode), FILER_CODE, errors,
                "Enter the filer code as 3 letters or digits, for example B3M");
        EntrySummaryStatus state = choice("status", status, EntrySummaryStatus.class, errors);
        ReleaseStatus release = choice("releaseStatus", releaseStatus, ReleaseStatus.class, errors);
        String htsDigits = matching("hts", hts, HTS, errors,
                "Enter an HTS number of 4, 6, 8 or 10 digits, for example 9403 or 9403.20.00.17");
        String origin = matching("country", upper(country), COUNTRY, errors,
                "Enter the country of origin as its 2-letter ISO code, for example CN");
        LocalDate liquidating = date("liquidatingBefore", liquidatingBefore, errors);
        EntrySort order = EntrySort.SUMMARY_DATE_DESC;
        String sortCode = blankToNull(sort);
        if (sortCode != null) {
            order = EntrySort.ofCode(sortCode).orElse(null);
            if (order == null) {
                errors.rejectValue("sort", "entries.sort.unknown", "Choose an order from the list");
                order = EntrySort.SUMMARY_DATE_DESC;
            }
        }
        return new EntryFilter(summaryStart, summaryEnd, entryStart, entryEnd, type, portCode, importerDigest, filer,
                state, release, htsDigits == null ? null : htsDigits.replace(".", ""), origin, order, liquidating);
    }

    private @Nullable String port(Errors errors) {
        String value = blankToNull(port);
        if (value == null) {
            return null;
        }
        PortCode code = value.length() <= 4 ? PortCode.parse(value).orElse(null) : null;
        if (code == null) {
            errors.rejectValue("port", "entries.port.format", "Enter the port as its 4-digit code, for example 0101");
            return null;
        }
        return code.isAllPorts() ? null : code.value();
    }

    private byte @Nullable [] importer(Errors errors, Function<ImporterNumber, byte[]> digest) {
        String value = blankToNull(importer);
        if (value == null) {
            return null;
        }
        ImporterNumber number = value.length() <= 20 ? ImporterNumber.parse(value).orElse(null) : null;
        if (number == null) {
            errors.rejectValue("importer", "entries.importer.format", "Enter the importer number as an IRS number "
                    + "with suffix (12-3456789AB), a Social Security number or a customs-assigned number");
            return null;
        }
        return digest.apply(number);
    }

    private static void order(String field, @Nullable LocalDate start, @Nullable LocalDate end, Errors errors) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue(field, "entries.dates.order", "The end date must be on or after the start date");
        }
    }

    private static @Nullable LocalDate date(String field, @Nullable String typed, Errors errors) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            }
            catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.rejectValue(field, "entries.date.format", "Enter a real date as YYYY-MM-DD, for example 2026-03-31");
        return null;
    }

    private static @Nullable String matching(String field, @Nullable String typed, Pattern pattern, Errors errors,
                                             String message) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        if (value.length() > 20 || !pattern.matcher(value).matches()) {
            errors.rejectValue(field, "entries." + field + ".format", message);
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> @Nullable E choice(String field, @Nullable String typed, Class<E> type,
                                                          Errors errors) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        errors.rejectValue(field, "entries." + field + ".unknown", "Choose a status from the list");
        return null;
    }

    private static @Nullable String upper(@Nullable String typed) {
        return typed == null ? null : typed.toUpperCase(Locale.ROOT);
    }

    private static @Nullable String blankToNull(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
