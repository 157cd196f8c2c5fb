package org.openace.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditOutcome;
import org.springframework.validation.Errors;

/**
 * The filters of the audit console as typed (the query string of its GET form). Every filter is optional and a
 * blank one is no filter; the user ID is compared without regard to case (user IDs are stored in lower case).
 * {@link #toFilter(Errors)} turns them into an {@link AuditFilter}, or explains per field what is wrong: dates must
 * be real UTC dates written YYYY-MM-DD, the end on or after the start, text at most {@value #MAX_LENGTH}
 * characters without control characters (which PostgreSQL text cannot hold), the outcome one of the list.
 */
record AuditSearchForm(@Nullable String from, @Nullable String to, @Nullable String actor, @Nullable String action,
                       @Nullable String outcome, @Nullable String objectId, @Nullable String address) {

    static final int MAX_LENGTH = 100;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static AuditSearchForm empty() {
        return new AuditSearchForm(null, null, null, null, null, null, null);
    }

    /** The filter, with field errors added to {@code errors} for whatever cannot be used (the filter is then partial). */
    AuditFilter toFilter(Errors errors) {
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "audit.to.beforeFrom", "The end date must be on or after the start date");
        }
        String actorName = text("actor", actor, "user ID", errors);
        return new AuditFilter(fromDate, toDate, actorName == null ? null : actorName.toLowerCase(Locale.ROOT),
                text("action", action, "action", errors), outcome(errors),
                text("objectId", objectId, "object ID", errors), text("address", address, "client address", errors));
    }

    private static @Nullable LocalDate date(String field, @Nullable String typed, Errors errors) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        if (!DATE.matcher(value).matches()) {
            errors.rejectValue(field, "audit.date.format", "Enter the date as YYYY-MM-DD, for example 2026-03-31");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            if (date.getYear() >= 1) {
                return date;
            }
        }
        catch (DateTimeParseException e) {
            // reported below
        }
        errors.rejectValue(field, "audit.date.invalid", "Enter a real date, for example 2026-03-31");
        return null;
    }

    private static @Nullable String text(String field, @Nullable String typed, String label, Errors errors) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            errors.rejectValue(field, "audit.text.length",
                    "Keep the " + label + " to " + MAX_LENGTH + " characters or fewer");
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            errors.rejectValue(field, "audit.text.control",
                    "Enter the " + label + " without tabs, line breaks or other control characters");
            return null;
        }
        return value;
    }

    private @Nullable AuditOutcome outcome(Errors errors) {
        String value = blankToNull(outcome);
        if (value == null) {
            return null;
        }
        for (AuditOutcome candidate : AuditOutcome.values()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        errors.rejectValue("outcome", "audit.outcome.unknown", "Choose an outcome from the list");
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
