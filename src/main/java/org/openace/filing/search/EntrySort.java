package org.openace.filing.search;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The orders of a search, each on a date (or none) then the entry number, so that every row has one place and a
 * page can continue after the last row shown. Summary date newest first is the default, and the one the
 * sub-account indexes serve.
 */
enum EntrySort {
    SUMMARY_DATE_DESC("summary-date-desc", "Summary date, newest first", "summary_date", true),
    SUMMARY_DATE_ASC("summary-date-asc", "Summary date, oldest first", "summary_date", false),
    ENTRY_DATE_DESC("entry-date-desc", "Entry date, newest first", "entry_date", true),
    ENTRY_DATE_ASC("entry-date-asc", "Entry date, oldest first", "entry_date", false),
    ENTRY_NUMBER_DESC("entry-number-desc", "Entry number, highest first", null, true),
    ENTRY_NUMBER_ASC("entry-number-asc", "Entry number, lowest first", null, false);

    private final String code;
    private final String title;
    private final @Nullable String dateColumn;
    private final boolean descending;

    EntrySort(String code, String title, @Nullable String dateColumn, boolean descending) {
        this.code = code;
        this.title = title;
        this.dateColumn = dateColumn;
        this.descending = descending;
    }

    static Optional<EntrySort> ofCode(String code) {
        for (EntrySort sort : values()) {
            if (sort.code.equals(code)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The date column sorted on first, or null when the entry number alone orders. */
    @Nullable String dateColumn() {
        return dateColumn;
    }

    boolean descending() {
        return descending;
    }

    /** The ORDER BY of rows of {@code entry_summary}, qualified with the alias (or none). */
    String orderBy(String qualifier) {
        String direction = descending ? " desc" : " asc";
        return (dateColumn == null ? "" : qualifier + dateColumn + direction + ", ") + qualifier + "entry_number"
                + direction;
    }
}
