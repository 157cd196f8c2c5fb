package org.openace.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceValuesTests {

    @Test
    void htsNumberReadsTenAndEightDigitsWithOrWithoutDots() {
        assertThat(HtsNumber.parse("0101.21.00.10")).contains(new HtsNumber("0101210010"));
        assertThat(HtsNumber.parse("0101210010")).contains(new HtsNumber("0101210010"));
        assertThat(HtsNumber.parse(" 0101.21.00 ")).contains(new HtsNumber("01012100"));
        assertThat(HtsNumber.of("0101210010").formatted()).isEqualTo("0101.21.00.10");
        assertThat(HtsNumber.of("0101210010").subheading()).isEqualTo(HtsNumber.of("0101.21.00"));
        assertThat(HtsNumber.of("0101210010").isStatistical()).isTrue();
        assertThat(HtsNumber.of("01012100").isStatistical()).isFalse();
    }

    @Test
    void htsNumberRefusesOtherLengthsLettersAndChaptersThatDoNotExist() {
        assertThat(HtsNumber.parse("0101")).isEmpty();
        assertThat(HtsNumber.parse("0101.21")).isEmpty();
        assertThat(HtsNumber.parse("0101.21.00.1")).isEmpty();
        assertThat(HtsNumber.parse("01012100101")).isEmpty();
        assertThat(HtsNumber.parse("0101.2A.00.10")).isEmpty();
        assertThat(HtsNumber.parse("0001.21.00.10")).isEmpty();
        assertThat(HtsNumber.parse("7701.21.00")).isEmpty();
        assertThat(HtsNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> new HtsNumber("0101.21.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chapter99NumbersAreKnownAsSuch() {
        assertThat(HtsNumber.of("9903.94.45").isChapter99()).isTrue();
        assertThat(HtsNumber.of("9903.94.45").chapter()).isEqualTo("99");
        assertThat(HtsNumber.of("0101.30.00.00").isChapter99()).isFalse();
    }

    @Test
    void countryCodeIsTwoLettersInCapitals() {
        assertThat(CountryCode.parse(" cn ")).contains(new CountryCode("CN"));
        assertThat(CountryCode.parse("CHN")).isEmpty();
        assertThat(CountryCode.parse("C1")).isEmpty();
        assertThatThrownBy(() -> new CountryCode("cn")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entryTypeCodeIsTwoDigitsAndKnowsInformalAndAdCvdTypes() {
        assertThat(EntryTypeCode.parse("01")).contains(new EntryTypeCode("01"));
        assertThat(EntryTypeCode.parse("1")).isEmpty();
        assertThat(EntryTypeCode.parse("A1")).isEmpty();
        assertThat(new EntryTypeCode("11").isInformal()).isTrue();
        assertThat(new EntryTypeCode("01").isInformal()).isFalse();
        assertThat(new EntryTypeCode("03").isAdCvd()).isTrue();
        assertThat(new EntryTypeCode("34").isAdCvd()).isTrue();
        assertThat(new EntryTypeCode("01").isAdCvd()).isFalse();
    }

    @Test
    void feeClassCodeIsThreeDigits() {
        assertThat(FeeClassCode.parse("499")).contains(FeeClassCode.MPF);
        assertThat(FeeClassCode.parse("311a")).isEmpty();
        assertThat(FeeClassCode.parse("49")).isEmpty();
    }

    @Test
    void adCvdCaseNumberReadsCommerceAndFiledFormsWithTheCompanySuffix() {
        AdCvdCaseNumber commerce = AdCvdCaseNumber.parse("A-570-016").orElseThrow();
        assertThat(commerce.caseKey()).isEqualTo("A570016");
        assertThat(commerce.company()).isNull();
        assertThat(commerce.isAntidumping()).isTrue();

        AdCvdCaseNumber filed = AdCvdCaseNumber.parse("c489830001").orElseThrow();
        assertThat(filed.caseText()).isEqualTo("C-489-830");
        assertThat(filed.filed()).isEqualTo("C489830001");
        assertThat(filed.toString()).isEqualTo("C-489-830-001");
        assertThat(filed.isAntidumping()).isFalse();
    }

    @Test
    void adCvdCaseNumberRefusesOtherLettersLengthsAndTheRetiredSuffix999() {
        assertThat(AdCvdCaseNumber.parse("B-570-016")).isEmpty();
        assertThat(AdCvdCaseNumber.parse("A-57-016")).isEmpty();
        assertThat(AdCvdCaseNumber.parse("A5700160")).isEmpty();
        assertThat(AdCvdCaseNumber.parse("A570016999")).isEmpty();
        assertThatThrownBy(() -> new AdCvdCaseNumber('A', "570", "016", "999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiscalYearRunsFromTheFirstOfOctoberToTheThirtiethOfSeptember() {
        assertThat(FiscalYear.containing(LocalDate.of(2025, 9, 30))).isEqualTo(FiscalYear.of(2025));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 10, 1))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 12, 31))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 1, 1))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.of(2026).firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(FiscalYear.of(2026).lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(FiscalYear.of(2026).contains(LocalDate.of(2025, 9, 30))).isFalse();
        assertThat(FiscalYear.of(2026).toString()).isEqualTo("FY2026");
    }

    @Test
    void importerNumberAcceptsTheThreeFormsOfTheAccountModuleAndMasksPersonalOnes() {
        ImporterNumber ein = ImporterNumber.parse("12-3456789AB").orElseThrow();
        assertThat(ein.isPersonalData()).isTrue();
        assertThat(ein.toString()).doesNotContain("3456789");
        assertThat(ein.display()).isEqualTo("**-*****89AB");

        ImporterNumber assigned = ImporterNumber.parse("262704-DEMO1").orElseThrow();
        assertThat(assigned.isPersonalData()).isFalse();
        assertThat(assigned.display()).isEqualTo("262704-DEMO1");

        assertThat(ImporterNumber.parse("123-45-6789").orElseThrow().display()).isEqualTo("***-**-6789");
        assertThat(ImporterNumber.parse("000-45-6789")).isEmpty();
        assertThat(ImporterNumber.parse("12-34")).isEmpty();
    }

    @Test
    void adValoremFeeIsHeldBetweenTheYearsMinimumAndMaximum() {
        FeeRate fy2026 = new FeeRate(FiscalYear.of(2026), FeeClassCode.MPF, "MPF", new BigDecimal("0.3464"),
                new BigDecimal("33.58"), new BigDecimal("651.50"), null, "90 FR 34665");

        assertThat(fy2026.feeOn(new BigDecimal("1000.00"))).isEqualByComparingTo("33.58");
        assertThat(fy2026.feeOn(new BigDecimal("20000.00"))).isEqualByComparingTo("69.28");
        assertThat(fy2026.feeOn(new BigDecimal("500000.00"))).isEqualByComparingTo("651.50");
        assertThat(fy2026.feeOn(new BigDecimal("20000.00")).scale()).isEqualTo(2);

        FeeRate informal = new FeeRate(FiscalYear.of(2026), FeeClassCode.INFORMAL, "Informal", null, null, null,
                new BigDecimal("2.69"), "90 FR 34665");
        assertThat(informal.feeOn(new BigDecimal("1500.00"))).isEqualByComparingTo("2.69");
    }
}
