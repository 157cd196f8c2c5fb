package org.openace.filing.validation;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.PortCode;
import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.FeeClassCode;
import org.openace.reference.FiscalYear;
import org.openace.reference.HtsNumber;
import org.openace.reference.ImporterNumber;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation rules' questions, answered in the portal by the reference module from the shipped samples (the
 * 2025 HTS excerpt in force from 2025-01-01, Schedule D, ISO 3166-1, the Form 7501 entry types, the demo importers,
 * the sample AD/CVD cases and the fee rates of FY2019-FY2026).
 */
@PortalTest
class ReferenceModuleDataIntegrationTests {

    private static final LocalDate ENTRY_DATE = LocalDate.of(2025, 6, 2);

    @Autowired
    ReferenceData reference;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void samples() {
        TestReferenceData.loadSamples(context);
    }

    @Test
    void anHtsNumberIsInForceOnlyInAnEditionInForceOnTheEntryDate() {
        assertThat(reference.htsInForce(HtsNumber.of("0101.21.00.10"), ENTRY_DATE)).isTrue();
        assertThat(reference.htsInForce(HtsNumber.of("0101.21.00.99"), ENTRY_DATE)).isFalse();
        assertThat(reference.htsInForce(HtsNumber.of("0101.21.00.10"), LocalDate.of(2024, 12, 31)))
                .as("before the sample edition's effective date").isFalse();
    }

    @Test
    void portsCountriesAndEntryTypesAreKnownFromTheirLists() {
        assertThat(reference.portKnown(PortCode.parse("0101").orElseThrow(), ENTRY_DATE)).isTrue();
        assertThat(reference.portKnown(PortCode.parse("0199").orElseThrow(), ENTRY_DATE)).isFalse();
        assertThat(reference.countryKnown(new CountryCode("CN"), ENTRY_DATE)).isTrue();
        assertThat(reference.countryKnown(new CountryCode("QQ"), ENTRY_DATE)).isFalse();
        assertThat(reference.entryTypeKnown(new EntryTypeCode("01"), ENTRY_DATE)).isTrue();
        assertThat(reference.entryTypeKnown(new EntryTypeCode("99"), ENTRY_DATE)).isFalse();
    }

    @Test
    void importersAndAdCvdCasesAreOnFileOrNot() {
        assertThat(reference.importerOnFile(ImporterNumber.parse("262704-DEMO1").orElseThrow())).isTrue();
        assertThat(reference.importerOnFile(ImporterNumber.parse("12-3456789AB").orElseThrow())).isFalse();
        assertThat(reference.adCvdCaseKnown(AdCvdCaseNumber.parse("A-570-016").orElseThrow())).isTrue();
        assertThat(reference.adCvdCaseKnown(AdCvdCaseNumber.parse("A-570-999").orElseThrow())).isFalse();
    }

    @Test
    void feeRatesAreThoseLoadedForTheFiscalYearAndNeverGuessed() {
        assertThat(reference.feeRate(FeeClassCode.MPF, FiscalYear.of(2025))).hasValueSatisfying(rate -> {
            assertThat(rate.minimum()).isEqualByComparingTo("32.71");
            assertThat(rate.maximum()).isEqualByComparingTo("634.62");
        });
        assertThat(reference.feeRate(FeeClassCode.MPF, FiscalYear.of(2027))).isEmpty();
    }
}
