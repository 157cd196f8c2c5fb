package org.openace.filing.search;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCursorTests {

    private static final EntryRow ROW = new EntryRow("ABC12345676", "01", LocalDate.of(2026, 9, 18),
            LocalDate.of(2026, 9, 14), "0101", "***", "ABC", "ACCEPTED", "RELEASED", 1, BigDecimal.ONE, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    @Test
    void aCursorDecodesToTheRowItWasMadeAfterInItsOwnOrder() {
        SearchCursor cursor = SearchCursor.after(EntrySort.ENTRY_DATE_ASC, ROW);

        SearchCursor decoded = SearchCursor.decode(cursor.encoded(), EntrySort.ENTRY_DATE_ASC).orElseThrow();

        assertThat(decoded).isEqualTo(new SearchCursor(EntrySort.ENTRY_DATE_ASC, LocalDate.of(2026, 9, 14), "ABC12345676"));
        assertThat(cursor.encoded()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorOfAnotherOrderOrThatDoesNotDecodeIsRefused() {
        String summaryOrder = SearchCursor.after(EntrySort.SUMMARY_DATE_DESC, ROW).encoded();

        assertThat(SearchCursor.decode(summaryOrder, EntrySort.ENTRY_NUMBER_DESC)).isEmpty();
        assertThat(SearchCursor.decode("not a cursor!", EntrySort.SUMMARY_DATE_DESC)).isEmpty();
        assertThat(SearchCursor.decode("MXxzdW1tYXJ5LWRhdGUtZGVzY3wyMDI2LTAyLTMwfEFCQzEyMzQ1Njc2",
                EntrySort.SUMMARY_DATE_DESC)).as("30 February").isEmpty();
        assertThat(SearchCursor.decode("A".repeat(81), EntrySort.SUMMARY_DATE_DESC)).isEmpty();
    }

    @Test
    void anEntryNumberOrderCursorCarriesNoDate() {
        SearchCursor cursor = SearchCursor.after(EntrySort.ENTRY_NUMBER_ASC, ROW);

        assertThat(SearchCursor.decode(cursor.encoded(), EntrySort.ENTRY_NUMBER_ASC).orElseThrow().date()).isNull();
    }
}
