package org.openace.reports.adhoc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.reports.catalog.ReportQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of an ad hoc report is made of the whitelist's expressions and fixed SQL only: every value typed is a
 * parameter, a trade user's query keeps the scope condition, and the rows are grouped and ordered as asked.
 */
class AdHocQueryTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    private static AdHocReport report(AdHocDefinition definition) {
        AdHocCheck.Outcome outcome = AdHocCheck.check(definition, CLOCK);
        assertThat(outcome.problems()).isEmpty();
        return outcome.report();
    }

    @Test
    void aGroupedReportSumsPerGroupOrderedAsAskedThenByEveryColumn() {
        AdHocReport report = report(new AdHocDefinition("LINE_TARIFF", "ENTRY_DATE", "2026-09-01", "2026-09-30",
                List.of("COUNTRY_OF_ORIGIN", "HTS_CHAPTER"), List.of("SUM:GOODS_VALUE", "COUNT_ENTRIES"),
                List.of(new AdHocDefinition.Filter("HTS_CHAPTER", "EQUALS", List.of("94"))),
                List.of(new AdHocDefinition.Order("SUM:GOODS_VALUE", "DESC"))));

        ReportQuery query = AdHocQuery.of(report, false);

        assertThat(query.sql()).isEqualTo("""
                select cast(t.country_of_origin as varchar) as "Country of Origin Code",
                       cast(substr(t.hts_number, 1, 2) as varchar) as "HTS Number - Chapter",
                       cast(sum(t.goods_value) as decimal(18,2)) as "Sum of Line Tariff Goods Value Amount",
                       cast(count(distinct t.entry_number) as bigint) as "Entry Summary Count"
                from es_line_tariff t
                where t.entry_date between ? and ?
                  and substr(t.hts_number, 1, 2) = ?
                group by t.country_of_origin, substr(t.hts_number, 1, 2)
                order by 3 desc nulls last, 1 asc nulls last, 2 asc nulls last, 4 asc nulls last""");
        assertThat(query.parameters()).containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), "94");
    }

    @Test
    void noValueTypedReachesTheSqlTextOnlyParametersDo() {
        List<String> typed = List.of("ZQ", "XK", "4242.42", "7777.77", "D3M12345678", "2026-09-17", "8888");
        AdHocReport report = report(new AdHocDefinition("LINE_TARIFF", "ENTRY_SUMMARY_DATE", "2026-09-01",
                "2026-09-30", List.of("ENTRY_NUMBER", "GOODS_VALUE"), List.of(), List.of(
                new AdHocDefinition.Filter("COUNTRY_OF_ORIGIN", "IN_LIST", List.of("zq", "XK")),
                new AdHocDefinition.Filter("GOODS_VALUE", "BETWEEN", List.of("4242.42", "7777.77")),
                new AdHocDefinition.Filter("ENTRY_NUMBER", "NOT_EQUALS", List.of("D3M12345678")),
                new AdHocDefinition.Filter("ENTRY_DATE", "AT_MOST", List.of("2026-09-17")),
                new AdHocDefinition.Filter("PORT_OF_ENTRY", "STARTS_WITH", List.of("8888"))), List.of()));

        ReportQuery query = AdHocQuery.of(report, true);

        for (String value : typed) {
            assertThat(query.sql()).doesNotContain(value);
        }
        assertThat(query.sql()).contains("t.country_of_origin in (?, ?)", "t.goods_value between ? and ?",
                "t.entry_number is distinct from ?", "t.entry_date <= ?", "starts_with(t.port_of_entry, ?)",
                ReportQuery.VISIBLE).doesNotContain("group by");
        assertThat(query.parameters()).containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), "ZQ",
                "XK", new BigDecimal("4242.42"), new BigDecimal("7777.77"), "D3M12345678", LocalDate.of(2026, 9, 17),
                "8888");
        assertThat(query.sql().chars().filter(c -> c == '?').count()).isEqualTo(query.parameters().size());
    }

    @Test
    void anOfficersQueryHasNoScopeConditionAndATradeUsersAlwaysHasIt() {
        AdHocReport report = report(new AdHocDefinition("SUMMARY", "ENTRY_SUMMARY_DATE", "2026-09-01", "2026-09-30",
                List.of(), List.of("COUNT_ROWS"), List.of(), List.of()));

        assertThat(AdHocQuery.of(report, false).sql()).doesNotContain("entitled");
        assertThat(AdHocQuery.of(report, true).sql()).contains(ReportQuery.VISIBLE).contains("from es_summary t")
                .doesNotContain("group by");
    }

    @Test
    void emptinessOfTextIsNullOrBlankAndOfOtherKindsIsNull() {
        AdHocReport report = report(new AdHocDefinition("LINE_TARIFF", "ENTRY_SUMMARY_DATE", "2026-09-01",
                "2026-09-30", List.of("ENTRY_NUMBER"), List.of(), List.of(
                new AdHocDefinition.Filter("UOM_1", "IS_EMPTY", List.of()),
                new AdHocDefinition.Filter("QUANTITY_1", "IS_NOT_EMPTY", List.of())), List.of()));

        assertThat(AdHocQuery.of(report, false).sql()).contains(
                "(coalesce(t.uom_1, '') is null or coalesce(t.uom_1, '') = '')", "t.quantity_1 is not null");
    }
}
