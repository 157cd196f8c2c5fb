package org.openace.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openace.account.PortCode;
import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.FeeClassCode;
import org.openace.reference.HtsNumber;
import org.openace.reference.ImporterNumber;

/**
 * A consistent entry summary to vary in tests: type 01, filer ABC, entered 5 June 2025 (FY2025) at Long Beach by
 * container vessel from China; one line of 10,000.00 at 16.5% (duty 1,650.00) with a Chapter 99 number at 25%
 * (2,500.00) stacked on it; MPF 0.3464% = 34.64 and HMF 0.125% = 12.50 on the line and the summary.
 */
public final class SampleForms {

    public static final String SSN_IMPORTER = "212-45-6789";
    public static final ImporterNumber IMPORTER = ImporterNumber.parse("27-123456700").orElseThrow();
    public static final EntryNumber ENTRY = EntryNumber.of("ABC", "1234567");
    public static final HtsNumber SHIRTS = HtsNumber.of("6109.10.00.12");
    public static final HtsNumber SECTION_301 = HtsNumber.of("9903.88.03");
    public static final PortCode LONG_BEACH = new PortCode("2709");
    public static final CountryCode CHINA = new CountryCode("CN");

    private SampleForms() {
    }

    public static TariffOrdinal commodity() {
        return new TariffOrdinal(SHIRTS, Money.of("10000.00"), List.of(Quantity.of("120", UnitOfQuantity.DOZ),
                Quantity.of("300", UnitOfQuantity.KG)), DutyRate.adValorem("16.5"), Money.of("1650.00"));
    }

    public static TariffOrdinal chapter99() {
        return new TariffOrdinal(SECTION_301, Money.ZERO, List.of(), DutyRate.adValorem("25"), Money.of("2500.00"));
    }

    public static EntryLine line(int number) {
        return new EntryLine(number, CHINA, "CNSHAFAC123SHA", false, Money.of("850.00"),
                List.of(chapter99(), commodity()), null,
                List.of(new Fee(FeeClassCode.MPF, Money.of("34.64")), new Fee(FeeClassCode.HMF, Money.of("12.50"))));
    }

    public static Form7501 form() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Changes one thing at a time; {@link #build()} recomputes nothing: totals stay as set. */
    public static final class Builder {
        EntryNumber entryNumber = ENTRY;
        EntryTypeCode entryType = new EntryTypeCode("01");
        LocalDate summaryDate = LocalDate.of(2025, 6, 10);
        LocalDate entryDate = LocalDate.of(2025, 6, 5);
        LocalDate importDate = LocalDate.of(2025, 6, 4);
        LocalDate exportDate = LocalDate.of(2025, 5, 10);
        PortCode port = LONG_BEACH;
        ImporterNumber importer = IMPORTER;
        ModeOfTransport mode = ModeOfTransport.VESSEL_CONTAINER;
        CountryCode origin = CHINA;
        CountryCode export = CHINA;
        List<EntryLine> lines = new ArrayList<>(List.of(line(1)));
        List<Fee> fees = new ArrayList<>(List.of(new Fee(FeeClassCode.MPF, Money.of("34.64")),
                new Fee(FeeClassCode.HMF, Money.of("12.50"))));
        SummaryTotals totals = new SummaryTotals(Money.of("10000.00"), Money.of("4150.00"), Money.ZERO,
                Money.of("47.14"), Money.ZERO);

        public Builder entryNumber(EntryNumber value) { entryNumber = value; return this; }
        public Builder entryType(String value) { entryType = new EntryTypeCode(value); return this; }
        public Builder summaryDate(LocalDate value) { summaryDate = value; return this; }
        public Builder entryDate(LocalDate value) { entryDate = value; return this; }
        public Builder importDate(LocalDate value) { importDate = value; return this; }
        public Builder exportDate(LocalDate value) { exportDate = value; return this; }
        public Builder port(PortCode value) { port = value; return this; }
        public Builder importer(ImporterNumber value) { importer = value; return this; }
        public Builder mode(ModeOfTransport value) { mode = value; return this; }
        public Builder origin(CountryCode value) { origin = value; return this; }
        public Builder lines(EntryLine... value) { lines = List.of(value); return this; }
        public Builder fees(Fee... value) { fees = List.of(value); return this; }
        public Builder totals(SummaryTotals value) { totals = value; return this; }

        /** Entered and fees as given; duty and the rest as they are. */
        public Builder totalFees(String value) {
            totals = new SummaryTotals(totals.enteredValue(), totals.duty(), totals.tax(), Money.of(value), totals.other());
            return this;
        }

        public Form7501 build() {
            return new Form7501(entryNumber, entryType, summaryDate, entryDate, importDate, port, importer, null,
                    BondType.CONTINUOUS, "457", origin, export, exportDate, "MAEU", mode, "MAEU123456789",
                    "CNSHAFAC123SHA", "57035", port, "Y123", lines, fees, totals);
        }
    }

    public static AdCvdDeposit adCvd(String rate, String deposit) {
        return new AdCvdDeposit(AdCvdCaseNumber.parse("A570016000").orElseThrow(), new BigDecimal(rate),
                Money.of(deposit));
    }
}
