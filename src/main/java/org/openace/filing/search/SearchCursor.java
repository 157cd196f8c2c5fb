package org.openace.filing.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where the next page starts: after this row in this order (its sort key and entry number). Opaque to clients (a
 * URL-safe Base64 text); a cursor of another order, or one that does not decode, is refused rather than guessed at.
 * It holds no personal data: dates and an entry number.
 */
record SearchCursor(EntrySort sort, @Nullable LocalDate date, String entryNumber) {

    private static final Pattern TEXT = Pattern.compile("1\\|([a-z-]{1,20})\\|(\\d{4}-\\d{2}-\\d{2}|-)\\|([0-9A-Z]{3}[0-9]{8})");

    static SearchCursor after(EntrySort sort, EntryRow row) {
        LocalDate date = switch (sort) {
            case SUMMARY_DATE_DESC, SUMMARY_DATE_ASC -> row.summaryDate();
            case ENTRY_DATE_DESC, ENTRY_DATE_ASC -> row.entryDate();
            case ENTRY_NUMBER_DESC, ENTRY_NUMBER_ASC -> null;
        };
        return new SearchCursor(sort, date, row.entryNumber());
    }

    String encoded() {
        String text = "1|" + sort.code() + "|" + (date == null ? "-" : date.toString()) + "|" + entryNumber;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor, if the text is one of this order's. */
    static Optional<SearchCursor> decode(String encoded, EntrySort expected) {
        if (encoded.length() > 80) {
            return Optional.empty();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches() || !m.group(1).equals(expected.code())) {
            return Optional.empty();
        }
        boolean dated = expected.dateColumn() != null;
        if (dated == m.group(2).equals("-")) {
            return Optional.empty();
        }
        try {
            LocalDate date = dated ? LocalDate.parse(m.group(2)) : null;
            return Optional.of(new SearchCursor(expected, date, m.group(3)));
        }
        catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
