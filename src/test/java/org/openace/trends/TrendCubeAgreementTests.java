package org.openace.trends;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.analytics.TestStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national trend questions answered from the store's trend cube are the questions answered from the tariff
 * ordinals, to the cent and to the entry: every dimension, under every mix of HTS filter (chapter, heading,
 * subheading, Chapter 99), country, port and entry type, on random entries whose lines mix chapters and countries
 * and stack Chapter 99 numbers, after filings and corrections; and a partner agency's scope (several prefixes) is
 * answered from the ordinals either way.
 */
class TrendCubeAgreementTests {

    private static final YearMonth FROM = YearMonth.of(2026, 7);
    private static final YearMonth TO = YearMonth.of(2026, 10);

    @Test
    void everyNationalQuestionGetsTheSameAnswerFromTheCubeAsFromTheOrdinals() throws Exception {
        try (TestStore store = TestStore.inMemory(5)) {
            store.file(0, 400, FROM.atDay(1));
            store.file(100, 80, FROM.plusMonths(1).atDay(1)); // corrections
            TrendQueries cube = new TrendQueries(store);
            TrendQueries ordinals = cube.ordinalsOnly();

            List<TrendFilter> filters = new ArrayList<>();
            for (String hts : Arrays.asList(null, "01", "0101", "010121", "94", "8483", "99", "9903")) {
                for (String country : Arrays.asList(null, "CN", "VN")) {
                    for (String port : Arrays.asList(null, "0101")) {
                        for (String type : Arrays.asList(null, "03")) {
                            filters.add(new TrendFilter(FROM, TO, hts, country, port, type));
                        }
                    }
                }
            }
            filters.add(new TrendFilter(FROM.plusMonths(1), FROM.plusMonths(1), null, null, null, null));
            int compared = 0;
            for (TrendScope scope : List.of(TrendScope.national(), new TrendScope(List.of("94", "0101"), null))) {
                for (TrendFilter filter : filters) {
                    assertThat(cube.totals(filter, scope)).as(filter + " totals").isEqualTo(ordinals.totals(filter,
                            scope));
                    for (TrendDimension dimension : TrendDimension.values()) {
                        TrendTable expected = ordinals.by(dimension, filter, scope, 1000);
                        assertThat(cube.by(dimension, filter, scope, 1000)).as(dimension + " " + filter)
                                .isEqualTo(expected);
                        compared++;
                    }
                }
                assertThat(cube.latestMonth(scope)).isEqualTo(ordinals.latestMonth(scope));
            }
            TrendTable chapters = cube.by(TrendDimension.CHAPTER, filters.getFirst(), TrendScope.national(), 10);
            assertThat(chapters.rows()).extracting(TrendRow::key).contains("01", "84", "94", "74", "99");
            assertThat(chapters.rows()).allMatch(row -> row.entries() > 0);
            assertThat(compared).isGreaterThan(1000);
        }
    }

    @Test
    void theLatestMonthIsTheLatestEntryDatesMonth() throws Exception {
        try (TestStore store = TestStore.inMemory(9)) {
            TrendQueries queries = new TrendQueries(store);
            assertThat(queries.latestMonth(TrendScope.national())).isEmpty();
            store.file(0, 50, LocalDate.of(2026, 3, 1));
            assertThat(queries.latestMonth(TrendScope.national())).get()
                    .isEqualTo(queries.ordinalsOnly().latestMonth(TrendScope.national()).orElseThrow());
        }
    }
}
