package org.openace.reference.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.account.PortCode;
import org.openace.audit.AuditActor;
import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.AdCvdCases;
import org.openace.reference.Countries;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.EntryTypes;
import org.openace.reference.FeeClassCode;
import org.openace.reference.FeeRate;
import org.openace.reference.FeeRates;
import org.openace.reference.FiscalYear;
import org.openace.reference.HtsLine;
import org.openace.reference.HtsNumber;
import org.openace.reference.HtsSchedule;
import org.openace.reference.ImporterNumber;
import org.openace.reference.ImporterRecords;
import org.openace.reference.Ports;
import org.openace.reference.ReferenceKind;
import org.openace.reference.WorkingDays;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** F5: each published format loaded on PostgreSQL, refused when malformed without a trace, found by the query API. */
@PortalTest
class ReferenceLoadingIntegrationTests {

    @Autowired
    ReferenceLoading loading;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HtsSchedule hts;
    @Autowired
    Ports ports;
    @Autowired
    Countries countries;
    @Autowired
    EntryTypes entryTypes;
    @Autowired
    FeeRates fees;
    @Autowired
    AdCvdCases cases;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ImporterRecords importers;

    @TempDir
    Path folder;

    @BeforeEach
    void samples() {
        TestReferenceData.loadSamples(context);
    }

    private ReferenceLoading.Outcome load(ReferenceKind kind, String name, String text, String edition, LocalDate effective)
            throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return loading.load(kind, ReferenceSource.of(file), edition, effective, "test", AuditActor.SYSTEM);
    }

    private static String sample(String name) throws IOException {
        return new ClassPathResource("reference/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    /** Rows of every reference table and loads, to show that a refused file changed nothing. */
    private List<Integer> everything() {
        return List.of("reference_load", "hts_line", "reference_port", "reference_country", "reference_entry_type",
                "reference_fee_rate", "reference_adcvd_case", "reference_holiday", "reference_importer").stream()
                .map(table -> jdbc.queryForObject("select count(*) from " + table, Integer.class)).toList();
    }

    private int refusalsAudited() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'REFERENCE_LOADED' and outcome = 'FAILURE'",
                Integer.class);
    }

    @Test
    void theShippedSamplesAreLoadedWithTheirRowsAndDigests() {
        List<Integer> rows = jdbc.queryForList("""
                select row_count from reference_load where loaded_by = 'test' and edition in
                ('2025-sample', 'schedule-d-sample', 'iso-3166-1', 'cbp-7501-block-2', 'fy2019-fy2026', 'sample-cases',
                 '2024-2027', 'demo-importers') order by kind
                """, Integer.class);
        assertThat(rows).hasSize(8).allMatch(n -> n > 0);
        assertThat(jdbc.queryForObject("select row_count from reference_load where kind = 'HTS' and edition = '2025-sample'",
                Integer.class)).isEqualTo(70);
        assertThat(jdbc.queryForObject("select row_count from reference_load where kind = 'COUNTRIES' and edition = 'iso-3166-1'",
                Integer.class)).isEqualTo(249);
        assertThat(jdbc.queryForObject("select sha256 from reference_load where kind = 'HTS' and edition = '2025-sample'",
                String.class)).matches("[0-9a-f]{64}");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'REFERENCE_LOADED' and outcome = 'SUCCESS'
                """, Integer.class)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void loadingTheSameFileAgainChangesNothing() throws IOException {
        List<Integer> before = everything();

        ReferenceLoading.Outcome again = load(ReferenceKind.HTS, "renamed.json", sample("hts-2025-excerpt.json"),
                "another-name", LocalDate.of(2040, 1, 1));

        assertThat(again.status()).isEqualTo(ReferenceLoading.Status.ALREADY_LOADED);
        assertThat(again.message()).contains("already loaded as hts edition 2025-sample").contains("nothing changed");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void htsLinesKeepTheirPublishedRatesWithTheAdValoremRateParsed() {
        LocalDate on = LocalDate.of(2025, 6, 1);
        HtsLine asses = hts.find(HtsNumber.of("0101.30.00.00"), on).orElseThrow();
        assertThat(asses.description()).isEqualTo("Asses");
        assertThat(asses.units()).containsExactly("No.");
        assertThat(asses.general()).isEqualTo("6.8%");
        assertThat(asses.generalAdValorem()).isEqualByComparingTo("6.8");
        assertThat(asses.special()).startsWith("Free (A+,AU");
        assertThat(asses.other()).isEqualTo("15%");
        assertThat(asses.edition()).isEqualTo("2025-sample");

        HtsLine males = hts.find(HtsNumber.of("0101.21.00.10"), on).orElseThrow();
        assertThat(males.ratesOf()).isEqualTo(HtsNumber.of("0101.21.00"));
        assertThat(males.general()).isEqualTo("Free");
        assertThat(males.generalAdValorem()).isEqualByComparingTo(BigDecimal.ZERO);

        HtsLine stacked = hts.find(HtsNumber.of("9903.94.44"), on).orElseThrow();
        assertThat(stacked.general()).isEqualTo("The duty provided in the applicable subheading");
        assertThat(stacked.generalAdValorem()).isNull();
        assertThat(hts.find(HtsNumber.of("9903.94.45"), on).orElseThrow().generalAdValorem()).isEqualByComparingTo("15");
        assertThat(hts.find(HtsNumber.of("0102.29.20"), on).orElseThrow().other()).isEqualTo("6.6¢/kg");

        assertThat(hts.headingsAbove(HtsNumber.of("0102.21.00.10"), on))
                .containsExactly("Live bovine animals:", "Cattle:", "Purebred breeding animals", "Dairy:");
        assertThat(jdbc.queryForObject("select count(*) from hts_line l join reference_load r on r.id = l.load_id "
                + "where r.edition = '2025-sample' and l.htsno is null and l.superior", Integer.class)).isEqualTo(9);
        assertThat(hts.find(HtsNumber.of("0102.29.40.24"), on).orElseThrow().general()).isEqualTo("1¢/kg");
        assertThat(hts.find(HtsNumber.of("8483.40.70.00"), on).orElseThrow().general()).isEqualTo("25¢ each + 3.9%");
    }

    @Test
    void theChapter99NumbersThatGeneralRateFootnotesPointToAreReadByTheNumberCarryingThem() {
        LocalDate on = LocalDate.of(2025, 6, 1);

        var references = hts.chapter99References(on);

        assertThat(references).containsEntry(HtsNumber.of("7411.10.10"), List.of(HtsNumber.of("9903.88.03")))
                .containsEntry(HtsNumber.of("0101.30.00.00"), List.of(HtsNumber.of("9903.88.15")))
                .containsEntry(HtsNumber.of("8483.40.80.00"), List.of(HtsNumber.of("9903.88.01")))
                .as("a footnote of the column 2 rate is not one of the general rate")
                .doesNotContainValue(List.of(HtsNumber.of("9903.90.08")));
        assertThat(references.keySet()).noneMatch(HtsNumber::isChapter99);
        assertThat(hts.chapter99References(LocalDate.of(2024, 12, 31))).as("before any edition").isEmpty();
    }

    @Test
    void aNewHtsEditionIsAddedAndEachDateReadsTheEditionInForce() throws IOException {
        String text = sample("hts-2025-excerpt.json");
        // the 2025 sample without "Asses" and with the rate of 0101.90.40.00 changed, as a later edition would
        String later = text.replace("\"htsno\" : \"0101.30.00.00\"", "\"htsno\" : \"0101.30.00.99\"")
                .replace("\"general\" : \"4.5%\"", "\"general\" : \"3.9%\"");
        ReferenceLoading.Outcome outcome = load(ReferenceKind.HTS, "hts_2031_revision_1.json", later, null,
                LocalDate.of(2031, 1, 1));

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ReferenceLoading.Status.LOADED);
        assertThat(outcome.edition()).isEqualTo("hts_2031_revision_1");
        assertThat(hts.find(HtsNumber.of("0101.30.00.00"), LocalDate.of(2030, 12, 31))).isPresent();
        assertThat(hts.find(HtsNumber.of("0101.30.00.00"), LocalDate.of(2031, 1, 1))).isEmpty();
        assertThat(hts.find(HtsNumber.of("0101.30.00.99"), LocalDate.of(2031, 1, 1))).isPresent();
        assertThat(hts.find(HtsNumber.of("0101.90.40.00"), LocalDate.of(2030, 12, 31)).orElseThrow().generalAdValorem())
                .isEqualByComparingTo("4.5");
        assertThat(hts.find(HtsNumber.of("0101.90.40.00"), LocalDate.of(2031, 1, 1)).orElseThrow().generalAdValorem())
                .isEqualByComparingTo("3.9");
        assertThat(hts.find(HtsNumber.of("0101.30.00.00"), LocalDate.of(2024, 12, 31))).as("before any edition").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from reference_load where kind = 'HTS' and edition = '2025-sample'",
                Integer.class)).as("the older edition is kept").isEqualTo(1);
    }

    @Test
    void anEditionNameIsNotReusedForAnotherFile() throws IOException {
        List<Integer> before = everything();

        ReferenceLoading.Outcome outcome = load(ReferenceKind.ENTRY_TYPES, "types.csv", "Code,Name\n01,Consumption\n",
                "cbp-7501-block-2", LocalDate.of(2024, 1, 1));

        assertThat(outcome.status()).isEqualTo(ReferenceLoading.Status.REFUSED);
        assertThat(outcome.message()).contains("already loaded from another file");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void malformedHtsIsRefusedNamingTheElementLineAndFieldAndChangesNothing() throws IOException {
        String text = sample("hts-2025-excerpt.json");
        List<Integer> before = everything();
        int refusals = refusalsAudited();

        // the ninth element (0101.30.00.00, "Asses") gets an indent that is not a level
        String badIndent = text.replace("\"htsno\" : \"0101.30.00.00\",\n  \"indent\" : \"1\"",
                "\"htsno\" : \"0101.30.00.00\",\n  \"indent\" : \"one\"");
        assertThat(badIndent).isNotEqualTo(text);
        ReferenceLoading.Outcome indent = load(ReferenceKind.HTS, "bad-indent.json", badIndent, "bad-1", LocalDate.of(2032, 1, 1));
        String badUnits = text.replace("\"units\" : [ \"No.\", \"kg\" ]", "\"units\" : \"No.\"");
        ReferenceLoading.Outcome units = load(ReferenceKind.HTS, "bad-units.json", badUnits, "bad-2", LocalDate.of(2032, 1, 1));
        ReferenceLoading.Outcome number = load(ReferenceKind.HTS, "bad-number.json",
                text.replace("\"htsno\" : \"0102.29\",", "\"htsno\" : \"0102.2X\","), "bad-3", LocalDate.of(2032, 1, 1));
        ReferenceLoading.Outcome syntax = load(ReferenceKind.HTS, "cut.json", text.substring(0, text.length() / 2),
                "bad-4", LocalDate.of(2032, 1, 1));
        ReferenceLoading.Outcome notArray = load(ReferenceKind.HTS, "object.json", "{\"htsno\": \"0101\"}", "bad-5",
                LocalDate.of(2032, 1, 1));
        ReferenceLoading.Outcome missing = load(ReferenceKind.HTS, "missing.json",
                "[ {\"htsno\": \"0101\", \"indent\": \"0\"} ]", "bad-6", LocalDate.of(2032, 1, 1));

        assertThat(indent.status()).isEqualTo(ReferenceLoading.Status.REFUSED);
        assertThat(indent.message()).contains("element 9 (line 115, column 14)").contains("field indent \"one\"")
                .contains("Nothing was loaded");
        assertThat(units.message()).contains("element 24 (line 333, column 13)").contains("field units must be an array of strings");
        assertThat(number.message()).contains("field htsno \"0102.2X\" is not an HTS number");
        assertThat(syntax.message()).contains("not valid JSON").contains("(line ");
        assertThat(notArray.message()).contains("must be a JSON array");
        assertThat(missing.message()).contains("element 1").contains("field description is missing");
        assertThat(everything()).isEqualTo(before);
        assertThat(refusalsAudited()).isEqualTo(refusals + 6);
    }

    @Test
    void unknownKeysAndTheMisspelledAdditionalDutiesKeyAreTolerated() throws IOException {
        String text = "[ {\"htsno\": \"0101.30.00.00\", \"indent\": \"1\", \"description\": \"Asses\", \"superior\": null,"
                + " \"units\": [\"No.\"], \"general\": \"6.8%\", \"special\": \"\", \"other\": \"15%\", \"footnotes\": [],"
                + " \"quotaQuantity\": null, \"additionalDuties\": \" \", \"addiitionalDuties\": null,"
                + " \"somethingNew\": {\"nested\": [1, 2]} } ]";

        ReferenceLoading.Outcome outcome = load(ReferenceKind.HTS, "tolerant.json", text, "tolerant", LocalDate.of(2033, 1, 1));

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ReferenceLoading.Status.LOADED);
        assertThat(outcome.rows()).isEqualTo(1);
        assertThat(hts.find(HtsNumber.of("0101.30.00.00"), LocalDate.of(2033, 1, 2)).orElseThrow().edition()).isEqualTo("tolerant");
    }

    @Test
    void portsOfScheduleDAreFoundByTheirFourDigitCode() {
        LocalDate on = LocalDate.of(2025, 3, 1);
        assertThat(ports.find(new PortCode("0212"), on).orElseThrow().name()).isEqualTo("Highgate Springs");
        assertThat(ports.find(new PortCode("0212"), on).orElseThrow().districtName()).isEqualTo("ST. ALBANS, VERMONT");
        assertThat(ports.exists(new PortCode("0101"), on)).isTrue();
        assertThat(ports.exists(new PortCode("2704"), on)).isTrue();
        assertThat(ports.exists(new PortCode("0113"), on)).isFalse();
        assertThat(ports.exists(new PortCode("0212"), LocalDate.of(2023, 12, 31))).as("before the edition").isFalse();
    }

    @Test
    void malformedPortsAreRefusedNamingTheLineAndColumn() throws IOException {
        List<Integer> before = everything();

        ReferenceLoading.Outcome badCode = load(ReferenceKind.PORTS, "ports.csv",
                "District Code,Port Code,Name\n01,,\"PORTLAND, MAINE\"\n,01,Portland\n,2,Bangor\n", "bad-ports-1", null);
        ReferenceLoading.Outcome orphan = load(ReferenceKind.PORTS, "ports2.csv",
                "District Code,Port Code,Name\n,01,Portland\n", "bad-ports-2", null);
        ReferenceLoading.Outcome header = load(ReferenceKind.PORTS, "ports3.csv", "Code,Name\n0101,Portland\n", "bad-ports-3", null);

        assertThat(badCode.message()).contains("line 4: Port Code \"2\" is not 2 digits");
        assertThat(orphan.message()).contains("line 2: port 01 has no District Code and no district row above it");
        assertThat(header.message()).contains("line 1: the header is Code,Name; expected District Code,Port Code,Name");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void countriesAndEntryTypesAreFoundAndTheirMalformedFilesRefused() throws IOException {
        LocalDate on = LocalDate.of(2025, 3, 1);
        assertThat(countries.name(new CountryCode("CN"), on)).contains("China");
        assertThat(countries.name(new CountryCode("CI"), on)).contains("Côte d'Ivoire");
        assertThat(countries.exists(new CountryCode("XX"), on)).isFalse();
        assertThat(entryTypes.name(new EntryTypeCode("03"), on)).contains("Antidumping/Countervailing Duty (AD/CVD)");
        assertThat(entryTypes.exists(new EntryTypeCode("09"), on)).isFalse();
        List<Integer> before = everything();

        ReferenceLoading.Outcome country = load(ReferenceKind.COUNTRIES, "countries.csv",
                "Name,Code\nChina,CN\n\"Korea, Republic of\",KOR\n", "bad-countries", null);
        ReferenceLoading.Outcome twice = load(ReferenceKind.COUNTRIES, "countries2.csv",
                "Name,Code\nChina,CN\nChina again,CN\n", "bad-countries-2", null);
        ReferenceLoading.Outcome type = load(ReferenceKind.ENTRY_TYPES, "types.csv", "Code,Name\n01,Consumption\n1,Informal\n",
                "bad-types", null);
        ReferenceLoading.Outcome fields = load(ReferenceKind.ENTRY_TYPES, "types2.csv", "Code,Name\n01,Consumption,extra\n",
                "bad-types-2", null);

        assertThat(country.message()).contains("line 3: Code \"KOR\" is not 2 capital letters");
        assertThat(twice.message()).contains("line 3: Code CN is listed twice");
        assertThat(type.message()).contains("line 3: Code \"1\" is not 2 digits");
        assertThat(fields.message()).contains("line 2: it has 3 fields; expected 2");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void mpfHasThePublishedMinimumAndMaximumOfEachFiscalYearChangingOnTheFirstOfOctober() {
        FeeRate fy2019 = fees.mpf(FiscalYear.of(2019)).orElseThrow();
        assertThat(fy2019.adValoremPercent()).isEqualByComparingTo("0.3464");
        assertThat(fy2019.minimum()).isEqualByComparingTo("26.22");
        assertThat(fy2019.maximum()).isEqualByComparingTo("508.70");

        FeeRate lastDayOfFy2024 = fees.rateOn(FeeClassCode.MPF, LocalDate.of(2024, 9, 30)).orElseThrow();
        assertThat(lastDayOfFy2024.fiscalYear()).isEqualTo(FiscalYear.of(2024));
        assertThat(lastDayOfFy2024.minimum()).isEqualByComparingTo("31.67");
        assertThat(lastDayOfFy2024.maximum()).isEqualByComparingTo("614.35");

        FeeRate lastDayOfFy2025 = fees.rateOn(FeeClassCode.MPF, LocalDate.of(2025, 9, 30)).orElseThrow();
        FeeRate firstDayOfFy2026 = fees.rateOn(FeeClassCode.MPF, LocalDate.of(2025, 10, 1)).orElseThrow();
        assertThat(lastDayOfFy2025.minimum()).isEqualByComparingTo("32.71");
        assertThat(lastDayOfFy2025.maximum()).isEqualByComparingTo("634.62");
        assertThat(firstDayOfFy2026.minimum()).isEqualByComparingTo("33.58");
        assertThat(firstDayOfFy2026.maximum()).isEqualByComparingTo("651.50");
        assertThat(lastDayOfFy2025.feeOn(new BigDecimal("1000000.00"))).isEqualByComparingTo("634.62");
        assertThat(firstDayOfFy2026.feeOn(new BigDecimal("1000000.00"))).isEqualByComparingTo("651.50");
        assertThat(firstDayOfFy2026.feeOn(new BigDecimal("5000.00"))).isEqualByComparingTo("33.58");

        assertThat(fees.informal(FiscalYear.of(2026)).orElseThrow().flatAmount()).isEqualByComparingTo("2.69");
        assertThat(fees.hmf(FiscalYear.of(2026)).orElseThrow().adValoremPercent()).isEqualByComparingTo("0.125");
        assertThat(fees.mpf(FiscalYear.of(2027))).as("FY2027 rates were not published when the sample was made").isEmpty();
        assertThat(fees.informal(FiscalYear.of(2020))).as("not found in a source").isEmpty();
        assertThat(fees.yearsLoaded(FeeClassCode.MPF)).contains(FiscalYear.of(2019), FiscalYear.of(2026))
                .doesNotContain(FiscalYear.of(2027));
    }

    @Test
    void aNewFiscalYearsFeeFileAddsToTheYearsLoaded() throws IOException {
        ReferenceLoading.Outcome outcome = load(ReferenceKind.FEE_RATES, "fy2035.csv", String.join("\n",
                "Fiscal Year,Class Code,Fee,Ad Valorem Percent,Minimum,Maximum,Amount,Source",
                "2035,499,Merchandise Processing Fee (formal entries),0.3464,40.00,800.00,,test file (not a publication)",
                ""), "fy2035-test", null);

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ReferenceLoading.Status.LOADED);
        assertThat(fees.mpf(FiscalYear.of(2035)).orElseThrow().maximum()).isEqualByComparingTo("800.00");
        assertThat(fees.mpf(FiscalYear.of(2026)).orElseThrow().maximum()).as("earlier years stay").isEqualByComparingTo("651.50");
    }

    @Test
    void malformedFeeRatesAreRefusedNamingTheLineAndColumn() throws IOException {
        String header = "Fiscal Year,Class Code,Fee,Ad Valorem Percent,Minimum,Maximum,Amount,Source\n";
        List<Integer> before = everything();

        ReferenceLoading.Outcome money = load(ReferenceKind.FEE_RATES, "f1.csv",
                header + "2036,499,MPF,0.3464,$40.00,800.00,,src\n", "bad-fees-1", null);
        ReferenceLoading.Outcome both = load(ReferenceKind.FEE_RATES, "f2.csv",
                header + "2036,499,MPF,0.3464,40.00,800.00,,src\n2036,311,Informal,0.1,,,2.00,src\n", "bad-fees-2", null);
        ReferenceLoading.Outcome order = load(ReferenceKind.FEE_RATES, "f3.csv",
                header + "2036,499,MPF,0.3464,900.00,800.00,,src\n", "bad-fees-3", null);
        ReferenceLoading.Outcome source = load(ReferenceKind.FEE_RATES, "f4.csv",
                header + "2036,499,MPF,0.3464,40.00,800.00,,\n", "bad-fees-4", null);

        assertThat(money.message()).contains("line 2: Minimum \"$40.00\" is not a number");
        assertThat(both.message()).contains("line 3: give either Ad Valorem Percent or Amount, not both");
        assertThat(order.message()).contains("line 2: Minimum 900.00 is above Maximum 800.00");
        assertThat(source.message()).contains("line 2: Source is empty");
        assertThat(everything()).isEqualTo(before);
        assertThat(fees.mpf(FiscalYear.of(2036))).isEmpty();
    }

    @Test
    void adCvdCasesAreFoundByTheCaseOfAFiledNumberAndMalformedOnesRefused() throws IOException {
        assertThat(cases.find(AdCvdCaseNumber.parse("A570016000").orElseThrow()).orElseThrow().country())
                .isEqualTo(new CountryCode("CN"));
        assertThat(cases.find(AdCvdCaseNumber.parse("A-201-838").orElseThrow()).orElseThrow().product())
                .isEqualTo("Seamless Refined Copper Pipe and Tube");
        assertThat(cases.find(AdCvdCaseNumber.parse("A-570-964").orElseThrow()).orElseThrow().cashDepositPercent())
                .isEqualByComparingTo("60.85");
        assertThat(cases.exists(AdCvdCaseNumber.parse("C-570-016").orElseThrow())).isFalse();
        List<Integer> before = everything();

        ReferenceLoading.Outcome bad = load(ReferenceKind.ADCVD_CASES, "cases.csv",
                "Case Number,Country,Product,Cash Deposit Percent,Effective From,Source\n"
                        + "A-570-999,CN,Something,,,src\nX-570-016,CN,Tires,,,src\n", "bad-cases", null);
        ReferenceLoading.Outcome date = load(ReferenceKind.ADCVD_CASES, "cases2.csv",
                "Case Number,Country,Product,Cash Deposit Percent,Effective From,Source\n"
                        + "A-570-998,CN,Something,12.5,31/01/2025,src\n", "bad-cases-2", null);

        assertThat(bad.message()).contains("line 3: Case Number \"X-570-016\" is not a case number");
        assertThat(date.message()).contains("line 2: Effective From \"31/01/2025\" is not a date");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void workingDaysSkipWeekendsObservedHolidaysAndClosures() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 7, 3))).as("Independence Day 2026 observed on Friday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 7, 2))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 7, 4))).as("a Saturday").isFalse();
        assertThat(workingDays.add(LocalDate.of(2026, 7, 2), 1)).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(workingDays.add(LocalDate.of(2026, 7, 6), -1)).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(workingDays.add(LocalDate.of(2025, 12, 23), 2)).as("24, 25 and 26 December 2025 closed")
                .isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(workingDays.add(LocalDate.of(2027, 12, 30), 1)).as("New Year's Day 2028 observed on 31 December 2027")
                .isEqualTo(LocalDate.of(2028, 1, 3));
        assertThat(workingDays.add(LocalDate.of(2026, 7, 2), 0)).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(workingDays.nthOfMonth(2026, 1, 1)).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(workingDays.nthOfMonth(2026, 1, 15)).as("MLK Day on the 19th").isEqualTo(LocalDate.of(2026, 1, 23));
        assertThat(workingDays.nthOfMonth(2026, 1, 11)).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(workingDays.holidays(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 31)))
                .extracting(h -> h.observed().toString()).containsExactly("2027-06-18", "2027-07-05");
    }

    @Test
    void malformedHolidaysAreRefusedNamingTheLine() throws IOException {
        List<Integer> before = everything();

        ReferenceLoading.Outcome weekend = load(ReferenceKind.HOLIDAYS, "h1.csv",
                "Date,Observed,Name,Source\n2030-01-01,2030-01-01,New Year's Day,src\n2030-05-25,2030-05-25,Wrong,src\n",
                "bad-holidays-1", null);
        ReferenceLoading.Outcome date = load(ReferenceKind.HOLIDAYS, "h2.csv",
                "Date,Observed,Name,Source\n2030-13-01,2030-13-01,Nothing,src\n", "bad-holidays-2", null);

        assertThat(weekend.message()).contains("line 3: Observed 2030-05-25 is a Saturday");
        assertThat(date.message()).contains("line 2: Date \"2030-13-01\" is not a date");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void importerRecordsAreFoundByNumberAndPersonalNumbersAreSealed() throws IOException {
        assertThat(importers.find(ImporterNumber.parse("262704-DEMO1").orElseThrow()).orElseThrow().name())
                .isEqualTo("Whitford Home Goods LLC");
        String ein = "21-" + (1000000 + Math.abs(UUID.randomUUID().hashCode() % 8999999)) + "AB";

        ReferenceLoading.Outcome outcome = load(ReferenceKind.IMPORTERS, "importers.csv",
                "Importer Number,Name,Address,City,State,Postal Code,Country,Source\n"
                        + ein + ",Sealed Imports Inc.,1 Main Street,Savannah,GA,31401,US,test\n", null, null);

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ReferenceLoading.Status.LOADED);
        var found = importers.find(ImporterNumber.parse(ein).orElseThrow()).orElseThrow();
        assertThat(found.name()).isEqualTo("Sealed Imports Inc.");
        assertThat(found.numberDisplay()).startsWith("**-*****");
        assertThat(jdbc.queryForObject("select count(*) from reference_importer where name = 'Sealed Imports Inc.' "
                + "and number_plain is null and number_cipher is not null", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from reference_importer where number_plain like ?", Integer.class,
                "%" + ein.substring(3, 10) + "%")).isZero();
    }

    @Test
    void aMalformedImporterRecordIsRefusedWithoutRepeatingTheNumber() throws IOException {
        List<Integer> before = everything();

        ReferenceLoading.Outcome outcome = load(ReferenceKind.IMPORTERS, "importers-bad.csv",
                "Importer Number,Name,Address,City,State,Postal Code,Country,Source\n"
                        + "123-45-678,Someone,1 Main Street,Savannah,GA,31401,US,test\n", "bad-importers", null);

        assertThat(outcome.message()).contains("line 2: Importer Number is not").doesNotContain("123-45-678");
        assertThat(everything()).isEqualTo(before);
    }
}
