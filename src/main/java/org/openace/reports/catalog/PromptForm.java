package org.openace.reports.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A report's prompts as typed on its page (or sent to the API). {@link #check} turns them into
 * {@link ReportPrompts} or says per field what is wrong. Only values of strict shapes pass (codes, digits, dates), and
 * they reach the query as parameters, never as SQL text.
 */
public record PromptForm(@Nullable String basis, @Nullable String from, @Nullable String to,
                         @Nullable String importer, @Nullable String port, @Nullable String filerCode,
                         @Nullable String hts, @Nullable String countryOfOrigin, @Nullable String entryType) {

    /** The longest date range one run may ask for. */
    public static final int MAX_YEARS = 10;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PORT = Pattern.compile("\\d{4}");
    private static final Pattern FILER_CODE = Pattern.compile("[0-9A-Z]{3}");
    private static final Pattern HTS = Pattern.compile("\\d{2}(\\.?\\d{2}){0,4}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ENTRY_TYPE = Pattern.compile("\\d{2}");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** The form of a report as first shown: its first date basis, the year to date. */
    public static PromptForm initial(StandardReport report, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return new PromptForm(report.dateBases().getFirst().name(), today.withDayOfYear(1).toString(),
                today.toString(), null, null, null, null, null, null);
    }

    /** The same form without the importer number typed (which is never shown again nor kept). */
    public PromptForm withoutImporter() {
        return new PromptForm(basis, from, to, null, port, filerCode, hts, countryOfOrigin, entryType);
    }

    /**
     * The prompts, or null with the reasons in {@code errors}. {@code importers} resolves a typed importer number
     * into the prompt kept (empty: not an importer number).
     */
    public @Nullable ReportPrompts check(StandardReport report, Errors errors, Clock clock,
                                         Function<String, Optional<ReportPrompts.Importer>> importers) {
        DateBasis chosenBasis = basis(report, errors);
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.rejectValue("to", "reports.to.before", "The end date is before the begin date.");
            }
            else if (ChronoUnit.YEARS.between(start, end) >= MAX_YEARS) {
                errors.rejectValue("to", "reports.range.long",
                        "Ask for at most " + MAX_YEARS + " years in one run (split the range into several runs).");
            }
            LocalDate latest = LocalDate.now(clock).plusYears(2);
            if (start.isBefore(EARLIEST) || end.isAfter(latest)) {
                errors.rejectValue(start.isBefore(EARLIEST) ? "from" : "to", "reports.range.absurd",
                        "Give dates from " + EARLIEST + " to " + latest + ".");
            }
        }
        ReportPrompts.Importer chosenImporter = null;
        String typedImporter = blankToNull(importer);
        if (typedImporter != null && offered(report, PromptField.IMPORTER, "importer", errors)) {
            chosenImporter = importers.apply(typedImporter).orElse(null);
            if (chosenImporter == null) {
                errors.rejectValue("importer", "reports.importer", "Not an importer number: give an IRS number "
                        + "(12-3456789 or 12-345678900), a Social Security number (123-45-6789) or a CBP-assigned "
                        + "number (YYDDPP-NNNNN).");
            }
        }
        String chosenPort = code(report, PromptField.PORT, "port", port, PORT, false, errors,
                "A port of entry code is 4 digits, e.g. 2704.");
        String chosenFiler = code(report, PromptField.FILER_CODE, "filerCode", filerCode, FILER_CODE, true, errors,
                "A filer code is 3 letters or digits, e.g. D3M.");
        String chosenHts = code(report, PromptField.HTS, "hts", hts, HTS, false, errors,
                "Give the first 2 to 10 digits of an HTS number, e.g. 94 or 9403.20.");
        String chosenCountry = code(report, PromptField.COUNTRY_OF_ORIGIN, "countryOfOrigin", countryOfOrigin,
                COUNTRY, true, errors, "A country code is 2 letters (ISO 3166), e.g. CN.");
        String chosenType = code(report, PromptField.ENTRY_TYPE, "entryType", entryType, ENTRY_TYPE, false, errors,
                "An entry type code is 2 digits, e.g. 01.");
        if (errors.hasErrors() || chosenBasis == null || start == null || end == null) {
            return null;
        }
        return new ReportPrompts(chosenBasis, start, end, chosenImporter, chosenPort, chosenFiler,
                chosenHts == null ? null : chosenHts.replace(".", ""), chosenCountry, chosenType);
    }

    private @Nullable DateBasis basis(StandardReport report, Errors errors) {
        String typed = blankToNull(basis);
        if (typed == null) {
            return report.dateBases().getFirst();
        }
        for (DateBasis candidate : report.dateBases()) {
            if (candidate.name().equals(typed)) {
                return candidate;
            }
        }
        errors.rejectValue("basis", "reports.basis", "Choose one of the dates the report offers.");
        return null;
    }

    private static @Nullable LocalDate date(String field, @Nullable String typed, Errors errors) {
        String value = blankToNull(typed);
        if (value == null) {
            errors.rejectValue(field, "reports.date.required", "Give a date.");
            return null;
        }
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            }
            catch (DateTimeParseException e) {
                // not a day of the calendar: refused below
            }
        }
        errors.rejectValue(field, "reports.date", "Give a date as YYYY-MM-DD, e.g. 2026-01-31.");
        return null;
    }

    private static @Nullable String code(StandardReport report, PromptField prompt, String field,
                                         @Nullable String typed, Pattern shape, boolean upperCase, Errors errors,
                                         String message) {
        String value = blankToNull(typed);
        if (value == null || !offered(report, prompt, field, errors)) {
            return null;
        }
        if (upperCase) {
            value = value.toUpperCase(Locale.ROOT);
        }
        if (!shape.matcher(value).matches()) {
            errors.rejectValue(field, "reports." + field, message);
            return null;
        }
        return value;
    }

    private static boolean offered(StandardReport report, PromptField prompt, String field, Errors errors) {
        if (!report.offers(prompt)) {
            errors.rejectValue(field, "reports.prompt.unknown", report.code() + " has no prompt " + prompt.label()
                    + ".");
            return false;
        }
        return true;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
