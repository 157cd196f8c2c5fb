package org.openace.filing.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openace.account.PortCode;
import org.openace.filing.DutyRate;
import org.openace.filing.EntryLine;
import org.openace.filing.EntryNumber;
import org.openace.filing.Fee;
import org.openace.filing.Form7501;
import org.openace.filing.ModeOfTransport;
import org.openace.filing.Money;
import org.openace.filing.SampleForms;
import org.openace.filing.SummaryTotals;
import org.openace.filing.TariffOrdinal;
import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.FeeClassCode;
import org.openace.reference.FeeRate;
import org.openace.reference.FiscalYear;
import org.openace.reference.HtsNumber;
import org.openace.reference.ImporterNumber;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationRulesTests {

    static final FilingContext ABC = new FilingContext("ABC");

    /** Reference data in memory: everything the sample form names is known; tests remove what they need to. */
    static final class FakeReference implements ReferenceData {
        final Set<HtsNumber> hts = new HashSet<>(Set.of(SampleForms.SHIRTS, SampleForms.SECTION_301));
        final Set<PortCode> ports = new HashSet<>(Set.of(SampleForms.LONG_BEACH));
        final Set<CountryCode> countries = new HashSet<>(Set.of(SampleForms.CHINA));
        final Set<EntryTypeCode> types = new HashSet<>(Set.of(new EntryTypeCode("01"), new EntryTypeCode("03"),
                new EntryTypeCode("11")));
        final Set<ImporterNumber> importers = new HashSet<>(Set.of(SampleForms.IMPORTER));
        final Set<String> cases = new HashSet<>(Set.of("A570016"));
        /** The country of each case on file, by case key: A-570 is China. */
        final Map<String, CountryCode> caseCountries = new HashMap<>(Map.of("A570016", SampleForms.CHINA));
        final Map<String, FeeRate> fees = new HashMap<>();

        FakeReference() {
            mpf(2024, "31.67", "614.35", "83 FR (FY2024 COBRA notice)");
            mpf(2025, "32.71", "634.62", "FY2025 COBRA notice");
            mpf(2026, "33.58", "651.50", "90 FR 34665");
            informal(2025, "2.62");
        }

        void mpf(int year, String min, String max, String source) {
            fees.put("499/" + year, new FeeRate(FiscalYear.of(year), FeeClassCode.MPF, "MPF", new BigDecimal("0.3464"),
                    new BigDecimal(min), new BigDecimal(max), null, source));
        }

        void informal(int year, String amount) {
            fees.put("311/" + year, new FeeRate(FiscalYear.of(year), FeeClassCode.INFORMAL, "informal", null, null, null,
                    new BigDecimal(amount), "test figure"));
        }

        @Override public boolean htsInForce(HtsNumber number, LocalDate date) { return hts.contains(number); }
        @Override public boolean portKnown(PortCode port, LocalDate date) { return ports.contains(port); }
        @Override public boolean countryKnown(CountryCode country, LocalDate date) { return countries.contains(country); }
        @Override public boolean entryTypeKnown(EntryTypeCode type, LocalDate date) { return types.contains(type); }
        @Override public boolean importerOnFile(ImporterNumber importer) { return importers.contains(importer); }
        @Override public Optional<CountryCode> adCvdCaseCountry(AdCvdCaseNumber number) {
            return cases.contains(number.caseKey()) ? Optional.ofNullable(caseCountries.get(number.caseKey()))
                    : Optional.empty();
        }
        @Override public Optional<FeeRate> feeRate(FeeClassCode classCode, FiscalYear year) {
            return Optional.ofNullable(fees.get(classCode.value() + "/" + year.year()));
        }
    }

    final FakeReference reference = new FakeReference();

    List<RuleViolation> check(EntrySummaryRule rule, Form7501 form) {
        return rule.check(form, ABC);
    }

    static List<String> codes(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::code).toList();
    }

    /** A line of a given entered value, free of duty, without fees. */
    static EntryLine freeLine(int number, String value) {
        return new EntryLine(number, SampleForms.CHINA, "CNSHAFAC123SHA", false, Money.ZERO,
                List.of(new TariffOrdinal(SampleForms.SHIRTS, Money.of(value), List.of(), DutyRate.FREE, Money.ZERO)),
                null, List.of());
    }

    /** A formal entry entered on a date with one free line of a value and the MPF declared. */
    static Form7501 mpfForm(LocalDate entryDate, String value, String mpf) {
        return SampleForms.builder().entryDate(entryDate).importDate(entryDate).exportDate(entryDate.minusDays(20))
                .mode(ModeOfTransport.AIR).lines(freeLine(1, value)).fees(new Fee(FeeClassCode.MPF, Money.of(mpf)))
                .totals(new SummaryTotals(Money.of(value), Money.ZERO, Money.ZERO, Money.of(mpf), Money.ZERO)).build();
    }

    @Test
    void theSampleSummaryKeepsEveryRule() {
        assertThat(new ValidationRules(reference).check(SampleForms.form(), ABC)).isEmpty();
    }

    @Test
    void everyBrokenRuleComesBackAtOnce() {
        reference.ports.clear();
        Form7501 form = SampleForms.builder().entryNumber(EntryNumber.of("XYZ", "0000001"))
                .exportDate(LocalDate.of(2025, 7, 1)).totalFees("1.00").build();
        List<RuleViolation> violations = new ValidationRules(reference).check(form, ABC);
        assertThat(codes(violations)).containsExactly("E102_FILER_CODE", "E202_PORT_UNKNOWN", "E202_PORT_UNKNOWN",
                "E302_SUMMARY_TOTALS", "E601_DATES_IN_ORDER");
        assertThat(violations).extracting(RuleViolation::field)
                .containsExactly("entryNumber", "portOfEntry", "portOfUnlading", "totals.fees", "exportDate");
    }

    @Test
    void theCodesAreStableAndUnique() {
        List<String> codes = new ValidationRules(reference).codes();
        assertThat(codes).doesNotHaveDuplicates().hasSize(17).allMatch(c -> c.matches("E[1-6]\\d\\d_[A-Z0-9_]+"));
    }

    @Nested
    class LineNumbers {
        @Test
        void linesNumberedOneTwoPass() {
            Form7501 form = SampleForms.builder().lines(SampleForms.line(1), SampleForms.line(2)).build();
            assertThat(check(new LineNumbersInOrder(), form)).isEmpty();
        }

        @Test
        void aGapInTheLineNumbersIsRefused() {
            Form7501 form = SampleForms.builder().lines(SampleForms.line(1), SampleForms.line(3)).build();
            assertThat(check(new LineNumbersInOrder(), form)).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("line 2 of the summary is numbered 3"));
        }
    }

    @Nested
    class FilerCode {
        @Test
        void theFilersOwnEntryNumberPasses() {
            assertThat(check(new FilerCodeIsTheFilers(), SampleForms.form())).isEmpty();
        }

        @Test
        void anotherFilersEntryNumberIsRefused() {
            assertThat(new FilerCodeIsTheFilers().check(SampleForms.form(), new FilingContext("XYZ"))).singleElement()
                    .satisfies(v -> assertThat(v.message()).isEqualTo(
                            "Entry number: its filer code ABC is not the filer code XYZ this summary is filed under"));
        }
    }

    @Nested
    class References {
        @Test
        void knownReferencesPass() {
            Form7501 form = SampleForms.form();
            assertThat(check(new EntryTypeKnown(reference), form)).isEmpty();
            assertThat(check(new PortsKnown(reference), form)).isEmpty();
            assertThat(check(new CountriesKnown(reference), form)).isEmpty();
            assertThat(check(new HtsInForce(reference), form)).isEmpty();
            assertThat(check(new ImporterOnFile(reference), form)).isEmpty();
            assertThat(check(new AdCvdCaseKnown(reference), SampleForms.builder()
                    .lines(withAdCvd(SampleForms.line(1), "10", "1000.00")).build())).isEmpty();
        }

        @Test
        void anUnknownEntryTypeIsRefused() {
            reference.types.clear();
            assertThat(codes(check(new EntryTypeKnown(reference), SampleForms.form()))).containsExactly("E201_ENTRY_TYPE_UNKNOWN");
        }

        @Test
        void anUnknownPortIsRefused() {
            Form7501 form = SampleForms.builder().port(new PortCode("9999")).build();
            assertThat(check(new PortsKnown(reference), form)).extracting(RuleViolation::field)
                    .containsExactly("portOfEntry", "portOfUnlading");
        }

        @Test
        void anUnknownCountryIsRefusedOnTheHeaderAndTheLines() {
            reference.countries.clear();
            assertThat(check(new CountriesKnown(reference), SampleForms.form())).extracting(RuleViolation::field)
                    .containsExactly("countryOfOrigin", "countryOfExport", "lines[1].countryOfOrigin");
        }

        @Test
        void anHtsNumberNotInForceIsRefused() {
            reference.hts.remove(SampleForms.SECTION_301);
            assertThat(check(new HtsInForce(reference), SampleForms.form())).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("E204_HTS_NOT_IN_FORCE");
                assertThat(v.field()).isEqualTo("lines[1].ordinals[1].htsNumber");
                assertThat(v.message()).contains("9903.88.03").contains("2025-06-05");
            });
        }

        @Test
        void anImporterNotOnFileIsRefusedWithoutShowingItsNumber() {
            ImporterNumber ssn = ImporterNumber.parse(SampleForms.SSN_IMPORTER).orElseThrow();
            List<RuleViolation> violations = check(new ImporterOnFile(reference), SampleForms.builder().importer(ssn).build());
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("E205_IMPORTER_NOT_ON_FILE");
                assertThat(v.message()).contains("***-**-6789").doesNotContain("212-45");
            });
        }

        @Test
        void anAdCvdCaseNotOnFileIsRefused() {
            reference.cases.clear();
            Form7501 form = SampleForms.builder().lines(withAdCvd(SampleForms.line(1), "10", "1000.00")).build();
            assertThat(codes(check(new AdCvdCaseKnown(reference), form))).containsExactly("E206_ADCVD_CASE_UNKNOWN");
        }

        @Test
        void anAdCvdCaseOnALineOfItsCountryPasses() {
            Form7501 form = SampleForms.builder().lines(withAdCvd(SampleForms.line(1), "10", "1000.00")).build();
            assertThat(check(new AdCvdCaseOfTheOrigin(reference), form)).isEmpty();
        }

        @Test
        void anAdCvdCaseOfAnotherCountryThanTheLinesOriginIsRefused() {
            reference.caseCountries.put("A570016", new CountryCode("MX"));
            Form7501 form = SampleForms.builder().lines(withAdCvd(SampleForms.line(1), "10", "1000.00")).build();
            assertThat(check(new AdCvdCaseOfTheOrigin(reference), form)).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("E207_ADCVD_CASE_COUNTRY");
                assertThat(v.field()).isEqualTo("lines[1].adCvd.caseNumber");
                assertThat(v.message()).contains("covers goods of MX").contains("country of origin is CN");
            });
        }

        @Test
        void aCaseNotOnFileIsLeftToTheRuleThatReportsIt() {
            reference.cases.clear();
            Form7501 form = SampleForms.builder().lines(withAdCvd(SampleForms.line(1), "10", "1000.00")).build();
            assertThat(check(new AdCvdCaseOfTheOrigin(reference), form)).isEmpty();
        }
    }

    @Nested
    class Arithmetic {
        @Test
        void dutyWithinACentPasses() {
            EntryLine line = new EntryLine(1, SampleForms.CHINA, "M", false, Money.ZERO, List.of(new TariffOrdinal(
                    SampleForms.SHIRTS, Money.of("1234.56"), List.of(), DutyRate.adValorem("6.8"), Money.of("83.96"))),
                    null, List.of());
            // 6.8% of 1,234.56 = 83.95008 -> 83.95; 83.96 is within a cent
            assertThat(check(new DutyArithmetic(), SampleForms.builder().lines(line).build())).isEmpty();
        }

        @Test
        void dutyOffByMoreThanACentIsRefused() {
            EntryLine line = new EntryLine(1, SampleForms.CHINA, "M", false, Money.ZERO, List.of(new TariffOrdinal(
                    SampleForms.SHIRTS, Money.of("1234.56"), List.of(), DutyRate.adValorem("6.8"), Money.of("83.97"))),
                    null, List.of());
            assertThat(check(new DutyArithmetic(), SampleForms.builder().lines(line).build())).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("6.8% of $1234.56 is $83.95, not $83.97"));
        }

        @Test
        void aSpecificRateWithoutAQuantityInItsUnitIsRefused() {
            EntryLine line = new EntryLine(1, SampleForms.CHINA, "M", false, Money.ZERO, List.of(new TariffOrdinal(
                    SampleForms.SHIRTS, Money.of("100"), List.of(), DutyRate.specific("0.066", org.openace.filing.UnitOfQuantity.KG),
                    Money.of("1.00"))), null, List.of());
            assertThat(check(new DutyArithmetic(), SampleForms.builder().lines(line).build())).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("needs a quantity in KG"));
        }

        @Test
        void totalsThatAddUpPass() {
            assertThat(check(new SummaryTotalsAddUp(), SampleForms.form())).isEmpty();
        }

        @Test
        void totalsThatDoNotAddUpAreRefusedFieldByField() {
            Form7501 form = SampleForms.builder().totals(new SummaryTotals(Money.of("10000.01"), Money.of("4150.00"),
                    Money.ZERO, Money.of("47.14"), Money.of("5.00"))).fees(new Fee(FeeClassCode.MPF, Money.of("34.64")),
                    new Fee(FeeClassCode.HMF, Money.of("12.50"))).build();
            assertThat(check(new SummaryTotalsAddUp(), form)).extracting(RuleViolation::field)
                    .containsExactly("totals.enteredValue", "totals.other");
            Form7501 hmfOff = SampleForms.builder().fees(new Fee(FeeClassCode.MPF, Money.of("34.64")),
                    new Fee(FeeClassCode.HMF, Money.of("12.51"))).totalFees("47.15").build();
            assertThat(check(new SummaryTotalsAddUp(), hmfOff)).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("Summary fee of class 501: declared $12.51, the lines add up to $12.50"));
        }

        @Test
        void anAdCvdDepositAtItsRatePasses() {
            Form7501 form = SampleForms.builder().lines(withAdCvd(SampleForms.line(1), "10.25", "1025.00")).build();
            assertThat(check(new AdCvdDepositArithmetic(), form)).isEmpty();
        }

        @Test
        void anAdCvdDepositAtAnotherRateIsRefused() {
            Form7501 form = SampleForms.builder().lines(withAdCvd(SampleForms.line(1), "10.25", "1000.00")).build();
            assertThat(check(new AdCvdDepositArithmetic(), form)).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("10.25% of $10000.00 is $1025.00, not $1000.00"));
        }
    }

    @Nested
    class MerchandiseProcessingFees {
        final MerchandiseProcessingFee rule = new MerchandiseProcessingFee(reference);

        @Test
        void theAdValoremRateBetweenTheYearsMinimumAndMaximumPasses() {
            assertThat(check(rule, mpfForm(LocalDate.of(2025, 6, 5), "10000.00", "34.64"))).isEmpty();
        }

        @Test
        void fy2024MinimumAndMaximumApplyOnThirtiethSeptember2024() {
            LocalDate lastDay = LocalDate.of(2024, 9, 30);
            assertThat(check(rule, mpfForm(lastDay, "1000.00", "31.67"))).isEmpty();
            assertThat(check(rule, mpfForm(lastDay, "500000.00", "614.35"))).isEmpty();
            assertThat(check(rule, mpfForm(lastDay, "1000.00", "32.71"))).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("FY2024 MPF on $1000.00 is $31.67"));
        }

        @Test
        void fy2025MinimumAndMaximumApplyFromFirstOctober2024() {
            LocalDate firstDay = LocalDate.of(2024, 10, 1);
            assertThat(check(rule, mpfForm(firstDay, "1000.00", "32.71"))).isEmpty();
            assertThat(check(rule, mpfForm(firstDay, "500000.00", "634.62"))).isEmpty();
            assertThat(check(rule, mpfForm(firstDay, "500000.00", "614.35"))).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("FY2025 MPF on $500000.00 is $634.62"));
            assertThat(check(rule, mpfForm(LocalDate.of(2025, 9, 30), "1000.00", "32.71"))).isEmpty();
        }

        @Test
        void fy2026MinimumAndMaximumApplyFromFirstOctober2025() {
            LocalDate firstDay = LocalDate.of(2025, 10, 1);
            assertThat(check(rule, mpfForm(firstDay, "1000.00", "33.58"))).isEmpty();
            assertThat(check(rule, mpfForm(firstDay, "500000.00", "651.50"))).isEmpty();
            assertThat(check(rule, mpfForm(firstDay, "1000.00", "32.71"))).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("FY2026 MPF on $1000.00 is $33.58"));
        }

        @Test
        void aYearWithNoRatesLoadedIsRefusedNotGuessed() {
            assertThat(check(rule, mpfForm(LocalDate.of(2026, 10, 1), "10000.00", "34.64"))).singleElement()
                    .satisfies(v -> {
                        assertThat(v.code()).isEqualTo("E401_MPF");
                        assertThat(v.message()).contains("no MPF rates are loaded for FY2027");
                    });
        }

        @Test
        void aFormalEntryWithoutMpfIsRefused() {
            Form7501 form = SampleForms.builder().fees(new Fee(FeeClassCode.HMF, Money.of("12.50"))).build();
            assertThat(check(rule, form)).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("carries MPF (class 499) of $34.64"));
        }
    }

    @Nested
    class InformalFees {
        final InformalEntryFee rule = new InformalEntryFee(reference);

        Form7501 informal(Fee... fees) {
            return SampleForms.builder().entryType("11").mode(ModeOfTransport.AIR).lines(freeLine(1, "1500.00"))
                    .fees(fees).build();
        }

        @Test
        void anInformalEntryWithItsYearsFlatFeePasses() {
            assertThat(check(rule, informal(new Fee(FeeClassCode.INFORMAL, Money.of("2.62"))))).isEmpty();
        }

        @Test
        void anInformalEntryWithMpfOrAnotherAmountIsRefused() {
            assertThat(check(rule, informal(new Fee(FeeClassCode.MPF, Money.of("5.20")))))
                    .extracting(RuleViolation::field).containsExactly("fees[499]", "fees[311]");
            assertThat(check(rule, informal(new Fee(FeeClassCode.INFORMAL, Money.of("2.00"))))).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("is $2.62, not $2.00"));
        }

        @Test
        void anInformalEntryInAYearWithoutItsFeeLoadedIsRefused() {
            Form7501 form = SampleForms.builder().entryType("11").entryDate(LocalDate.of(2025, 10, 1))
                    .lines(freeLine(1, "1500.00")).fees(new Fee(FeeClassCode.INFORMAL, Money.of("2.62"))).build();
            assertThat(check(rule, form)).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("no informal fee is loaded for FY2026"));
        }

        @Test
        void aFormalEntryWithTheInformalFeeIsRefused() {
            Form7501 form = SampleForms.builder().fees(new Fee(FeeClassCode.MPF, Money.of("34.64")),
                    new Fee(FeeClassCode.INFORMAL, Money.of("2.62"))).build();
            assertThat(codes(check(rule, form))).containsExactly("E402_INFORMAL_FEE");
            assertThat(check(rule, SampleForms.form())).isEmpty();
        }
    }

    @Nested
    class HarborMaintenanceFees {
        final HarborMaintenanceFeeOnVesselsOnly rule = new HarborMaintenanceFeeOnVesselsOnly();

        @Test
        void hmfOnAVesselShipmentPasses() {
            assertThat(check(rule, SampleForms.form())).isEmpty();
            assertThat(check(rule, SampleForms.builder().mode(ModeOfTransport.VESSEL).build())).isEmpty();
        }

        @Test
        void hmfOnAnAirShipmentIsRefused() {
            assertThat(check(rule, SampleForms.builder().mode(ModeOfTransport.AIR_CONTAINER).build())).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("vessel shipments only").contains("41"));
        }
    }

    @Nested
    class AdCvdEntries {
        final AdCvdCaseOnAdCvdEntries rule = new AdCvdCaseOnAdCvdEntries();

        @Test
        void aType03EntryWithItsCasePasses() {
            Form7501 form = SampleForms.builder().entryType("03").lines(withAdCvd(SampleForms.line(1), "10", "1000.00")).build();
            assertThat(check(rule, form)).isEmpty();
            assertThat(check(rule, SampleForms.form())).isEmpty();
        }

        @Test
        void aType03EntryWithoutACaseIsRefused() {
            assertThat(codes(check(rule, SampleForms.builder().entryType("03").build())))
                    .containsExactly("E501_ADCVD_CASE_REQUIRED");
        }
    }

    @Nested
    class Dates {
        @Test
        void exportThenImportThenEntryPasses() {
            assertThat(check(new DatesInOrder(), SampleForms.form())).isEmpty();
        }

        @Test
        void importAfterEntryIsRefused() {
            Form7501 form = SampleForms.builder().importDate(LocalDate.of(2025, 6, 6)).build();
            assertThat(check(new DatesInOrder(), form)).singleElement()
                    .satisfies(v -> assertThat(v.message()).isEqualTo("Import date: 2025-06-06 is after the entry date 2025-06-05"));
        }
    }

    static EntryLine withAdCvd(EntryLine line, String rate, String deposit) {
        return new EntryLine(line.lineNumber(), line.countryOfOrigin(), line.manufacturerId(), line.related(),
                line.charges(), line.ordinals(), SampleForms.adCvd(rate, deposit), line.fees());
    }
}
