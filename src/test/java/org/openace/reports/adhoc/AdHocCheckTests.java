package org.openace.reports.adhoc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openace.reports.catalog.DateBasis;
import org.openace.reports.catalog.Grain;

import static org.assertj.core.api.Assertions.assertThat;

/** Ad hoc definitions are checked against the whitelist, the operators of each kind, the values' kinds and limits. */
class AdHocCheckTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    private static AdHocDefinition definition(String grain, List<String> columns, List<String> summaries,
                                              List<AdHocDefinition.Filter> filters,
                                              List<AdHocDefinition.Order> order) {
        return new AdHocDefinition(grain, "ENTRY_SUMMARY_DATE", "2026-09-01", "2026-09-30", columns, summaries,
                filters, order);
    }

    private static AdHocDefinition withFilter(String column, String operator, String... values) {
        return definition("LINE_TARIFF", List.of("ENTRY_NUMBER"), List.of(),
                List.of(new AdHocDefinition.Filter(column, operator, java.util.Arrays.asList(values))), List.of());
    }

    private static AdHocCheck.Outcome check(AdHocDefinition definition) {
        return AdHocCheck.check(definition, CLOCK);
    }

    private static List<String> problems(AdHocDefinition definition) {
        AdHocCheck.Outcome outcome = check(definition);
        assertThat(outcome.report()).as("refused").isNull();
        return outcome.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void aDefinitionOfTheWhitelistBecomesAReportWithValuesOfTheirColumnsTypes() {
        AdHocDefinition definition = definition("LINE_TARIFF", List.of("COUNTRY_OF_ORIGIN", "HTS_CHAPTER"),
                List.of("SUM:GOODS_VALUE", "COUNT_ENTRIES", "MAX:ENTRY_DATE"), List.of(
                        new AdHocDefinition.Filter("GOODS_VALUE", "BETWEEN", List.of("100", "2,500.50")),
                        new AdHocDefinition.Filter("HTS_NUMBER", "STARTS_WITH", List.of("9403.20")),
                        new AdHocDefinition.Filter("COUNTRY_OF_ORIGIN", "IN_LIST", List.of("cn", "VN")),
                        new AdHocDefinition.Filter("ENTRY_DATE", "AT_LEAST", List.of("2026-09-02")),
                        new AdHocDefinition.Filter("UOM_1", "IS_NOT_EMPTY", List.of())),
                List.of(new AdHocDefinition.Order("SUM:GOODS_VALUE", "DESC")));

        AdHocReport report = check(definition).report();

        assertThat(report).isNotNull();
        assertThat(report.grain()).isEqualTo(Grain.LINE_TARIFF);
        assertThat(report.basis()).isEqualTo(DateBasis.ENTRY_SUMMARY_DATE);
        assertThat(report.reportColumns()).extracting(c -> c.header()).containsExactly("Country of Origin Code",
                "HTS Number - Chapter", "Sum of Line Tariff Goods Value Amount", "Entry Summary Count",
                "Latest Entry Date");
        assertThat(report.conditions()).extracting(AdHocReport.Condition::values).containsExactly(
                List.of(new BigDecimal("100"), new BigDecimal("2500.50")), List.of("940320"), List.of("CN", "VN"),
                List.of(LocalDate.of(2026, 9, 2)), List.of());
        assertThat(report.sorts()).containsExactly(new AdHocReport.Sort(2, true));
        assertThat(report.grouped()).isTrue();
    }

    @Test
    void anUnknownColumnOrSummaryOrOneOfTheOtherGrainIsRefusedByName() {
        assertThat(problems(definition("LINE_TARIFF", List.of("entry_number; drop table x"), List.of(), List.of(),
                List.of()))).containsExactly("columns: There is no column \"entry_number; drop table x\" in reports "
                + "of tariff lines: pick the columns from the list.");
        assertThat(problems(definition("LINE_TARIFF", List.of("LIQUIDATION_DATE"), List.of(), List.of(), List.of())))
                .singleElement().asString().contains("There is no column \"LIQUIDATION_DATE\"");
        assertThat(problems(definition("SUMMARY", List.of(), List.of("SUM:COUNTRY_OF_ORIGIN"), List.of(),
                List.of()))).singleElement().asString().contains("There is no summary");
        assertThat(problems(definition("SUMMARY", List.of(), List.of("COUNT_ROWS:DUTY"), List.of(), List.of())))
                .singleElement().asString().contains("There is no summary");
        assertThat(problems(definition("ES_SUMMARY", List.of("ENTRY_NUMBER"), List.of(), List.of(), List.of())))
                .containsExactly("grain: Choose what each row is: an entry summary or a tariff line.");
        assertThat(problems(definition("SUMMARY", List.of(), List.of(), List.of(), List.of())))
                .containsExactly("columns: Pick at least one column, or one summary.");
        assertThat(problems(definition("SUMMARY", List.of("DUTY", "DUTY"), List.of(), List.of(), List.of())))
                .containsExactly("columns: Total Duty Amount is picked twice.");
    }

    @Test
    void anOperatorIsTakenOnlyOnTheKindsItSuits() {
        assertThat(problems(withFilter("COUNTRY_OF_ORIGIN", "BETWEEN", "AA", "ZZ"))).singleElement().asString()
                .contains("Country of Origin Code takes the operators equals, does not equal, is one of");
        assertThat(problems(withFilter("GOODS_VALUE", "STARTS_WITH", "1"))).hasSize(1);
        assertThat(problems(withFilter("GOODS_VALUE", "IN_LIST", "1", "2"))).hasSize(1);
        assertThat(problems(withFilter("COUNTRY_OF_ORIGIN", "LIKE", "C%"))).hasSize(1);
        assertThat(problems(withFilter("IMPORTER_NUMBER", "EQUALS", "12-3456789"))).singleElement().asString()
                .contains("there is no column \"IMPORTER_NUMBER\" to filter on");
    }

    @Test
    void aValueNotOfItsColumnsKindOrShapeIsRefused() {
        assertThat(problems(withFilter("GOODS_VALUE", "AT_LEAST", "lots"))).singleElement().asString()
                .contains("\"lots\" is not a value of Line Tariff Goods Value Amount");
        assertThat(problems(withFilter("GOODS_VALUE", "EQUALS", "1.005"))).hasSize(1);
        assertThat(problems(withFilter("LINE_NUMBER", "EQUALS", "1.5"))).hasSize(1);
        assertThat(problems(withFilter("QUANTITY_1", "AT_MOST", "-3"))).hasSize(1);
        assertThat(problems(withFilter("ENTRY_DATE", "EQUALS", "2026-02-30"))).hasSize(1);
        assertThat(problems(withFilter("ENTRY_DATE", "EQUALS", "09/01/2026"))).hasSize(1);
        assertThat(problems(withFilter("COUNTRY_OF_ORIGIN", "EQUALS", "CN' or 1=1 --"))).singleElement()
                .asString().contains("2 letters");
        assertThat(problems(withFilter("PORT_OF_ENTRY", "EQUALS", "27O4"))).hasSize(1);
        assertThat(problems(withFilter("COUNTRY_OF_ORIGIN", "STARTS_WITH", "C' --"))).hasSize(1);
        assertThat(problems(withFilter("COUNTRY_OF_ORIGIN", "EQUALS"))).singleElement().asString()
                .contains("takes one value");
        assertThat(problems(withFilter("COUNTRY_OF_ORIGIN", "IS_EMPTY", "CN"))).singleElement().asString()
                .contains("takes no value");
        assertThat(problems(withFilter("MANUFACTURER_ID", "EQUALS", "X".repeat(41)))).hasSize(1);
    }

    @Test
    void absurdRangesAreRefused() {
        assertThat(problems(withFilter("GOODS_VALUE", "BETWEEN", "5000", "100"))).singleElement().asString()
                .contains("ends before it starts");
        assertThat(problems(withFilter("ENTRY_DATE", "AT_LEAST", "0001-01-01"))).singleElement().asString()
                .contains("from 1990-01-01 to 2028-12-06");
        assertThat(problems(withFilter("ENTRY_DATE", "AT_MOST", "9999-12-31"))).hasSize(1);
        assertThat(problems(new AdHocDefinition("SUMMARY", "ENTRY_SUMMARY_DATE", "2001-01-01", "2026-09-30",
                List.of("ENTRY_NUMBER"), null, null, null))).singleElement().asString().startsWith("to: Ask for at most 10 years");
        assertThat(problems(new AdHocDefinition("SUMMARY", "ENTRY_SUMMARY_DATE", "2026-09-30", "2026-09-01",
                List.of("ENTRY_NUMBER"), null, null, null))).singleElement().asString().startsWith("to: The end date");
        assertThat(problems(new AdHocDefinition("LINE_TARIFF", "LIQUIDATION_DATE", "2026-09-01", "2026-09-30",
                List.of("ENTRY_NUMBER"), null, null, null))).singleElement().asString().startsWith("basis:");
        assertThat(problems(new AdHocDefinition("SUMMARY", null, null, null, List.of("ENTRY_NUMBER"), null, null,
                null))).containsExactly("from: Give a date.", "to: Give a date.");
    }

    @Test
    void tooManyColumnsFiltersSummariesSortsOrListValuesAreRefusedWithTheLimit() {
        List<String> all = AdHocColumns.LINE_TARIFF.stream().map(AdHocColumn::code).toList();
        assertThat(problems(definition("LINE_TARIFF", all, List.of(), List.of(), List.of())))
                .containsExactly("columns: Pick at most 20 columns.");
        List<AdHocDefinition.Filter> six = Collections.nCopies(6,
                new AdHocDefinition.Filter("COUNTRY_OF_ORIGIN", "EQUALS", List.of("CN")));
        assertThat(problems(definition("LINE_TARIFF", List.of("ENTRY_NUMBER"), List.of(), six, List.of())))
                .containsExactly("filters: Give at most 5 filters.");
        assertThat(problems(definition("LINE_TARIFF", List.of(), List.of("COUNT_ROWS", "COUNT_ENTRIES",
                "SUM:GOODS_VALUE", "SUM:DUTY", "SUM:TAX", "SUM:QUANTITY_1", "MIN:ENTRY_DATE"), List.of(), List.of())))
                .containsExactly("summaries: Pick at most 6 summaries.");
        List<AdHocDefinition.Order> four = Collections.nCopies(4, new AdHocDefinition.Order("ENTRY_NUMBER", "ASC"));
        assertThat(problems(definition("LINE_TARIFF", List.of("ENTRY_NUMBER"), List.of(), List.of(), four)))
                .containsExactly("sort: Sort by at most 3 columns.");
        List<String> values = new ArrayList<>(Collections.nCopies(51, "CN"));
        assertThat(problems(withFilter("COUNTRY_OF_ORIGIN", "IN_LIST", values.toArray(String[]::new))))
                .singleElement().asString().contains("give 1 to 50 values");
    }

    @Test
    void aSortMustNameAColumnOrSummaryOfTheOutputAndADirection() {
        assertThat(problems(definition("SUMMARY", List.of("ENTRY_NUMBER"), List.of(), List.of(),
                List.of(new AdHocDefinition.Order("DUTY", "DESC"))))).singleElement().asString()
                .startsWith("sort-1: Sort 1: sort by one of the columns or summaries picked");
        assertThat(problems(definition("SUMMARY", List.of("ENTRY_NUMBER"), List.of(), List.of(),
                List.of(new AdHocDefinition.Order("ENTRY_NUMBER", "DESC; drop table x"))))).hasSize(1);
    }

    @Test
    void aDefinitionWithPartsMissingIsRefusedNotThrown() {
        List<AdHocDefinition.@Nullable Filter> filters = new ArrayList<>();
        filters.add(null);
        List<AdHocDefinition.@Nullable Order> order = new ArrayList<>();
        order.add(new AdHocDefinition.Order(null, null));
        assertThat(problems(new AdHocDefinition("SUMMARY", "ENTRY_SUMMARY_DATE", "2026-09-01", "2026-09-30",
                List.of("ENTRY_NUMBER"), null, filters, order))).hasSize(2);
        assertThat(problems(new AdHocDefinition(null, null, null, null, null, null, null, null))).hasSize(1);
        assertThat(problems(withFilter("COUNTRY_OF_ORIGIN", "EQUALS", (String) null))).hasSize(1);
    }
}
