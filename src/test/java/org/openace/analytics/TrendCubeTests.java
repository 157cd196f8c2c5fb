package org.openace.analytics;

import java.time.LocalDate;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trend cube is kept by the feed, page by page, by adding what new rows bring and taking away what replaced rows
 * brought: after filings and corrections (some moving an entry to another month, port, HTS or country) it holds
 * exactly the cells a cube made again from every row holds, and no empty cell.
 */
class TrendCubeTests {

    @Test
    void theCubeKeptByTheFeedEqualsTheCubeMadeAgainFromTheRows() throws Exception {
        try (TestStore store = TestStore.inMemory(7)) {
            LocalDate july = LocalDate.of(2026, 7, 1);
            store.file(0, 200, july);
            store.file(200, 150, july);
            store.file(50, 100, july); // corrections: new lines, dates, ports and countries for entries 50-149
            store.file(300, 60, july.plusMonths(1)); // corrections of the second page's last entries, a month on

            var kept = store.cube();
            assertThat(kept).isNotEmpty().noneMatch(cell -> cell.contains("|0|0|0|0|0|0|0|0|0|0"));
            assertThat(kept).isEqualTo(store.cubeBuiltAgain());
        }
    }

    @Test
    void entriesAreCountedOncePerChapterWhateverTheirLinesThere() throws Exception {
        try (TestStore store = TestStore.inMemory(11)) {
            store.file(0, 300, LocalDate.of(2026, 7, 1));
            long fromCube = Long.parseLong(store.read(c -> StoreRows.query(c.unwrap(DuckDBConnection.class),
                    "select sum(e_chapter) from es_trend_cube where starts_with(hts_number, '94')")).getFirst());
            long distinct = Long.parseLong(store.read(c -> StoreRows.query(c.unwrap(DuckDBConnection.class),
                    "select count(distinct entry_number) from es_line_tariff where starts_with(hts_number, '94')"))
                    .getFirst());
            assertThat(fromCube).isPositive().isEqualTo(distinct);
        }
    }
}
