package org.openace.filing.feed;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.filing.DutyRate;
import org.openace.filing.EntryChangeFeed.ReportedOrdinal;
import org.openace.filing.EntryLine;
import org.openace.filing.Money;
import org.openace.filing.Quantity;
import org.openace.filing.TariffOrdinal;
import org.openace.filing.UnitOfQuantity;
import org.openace.filing.SampleForms;
import org.openace.filing.json.Form7501Writer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed reads the tariff ordinals out of the stored document (written without importer numbers): one row
 * per ordinal, numbered from 1 on each line in the order filed, the HTS number in digits, the amounts exact, the first
 * quantity and its unit (none where the ordinal reports none, as Chapter 99 numbers usually do), the line's
 * manufacturer ID and related party indicator, and the duty rate as text.
 */
class ReportedOrdinalsTests {

    @Test
    void everyOrdinalOfEveryLineIsOneRowNumberedOnItsLine() {
        var form = SampleForms.builder().lines(SampleForms.line(1), SampleForms.line(2)).build();

        List<ReportedOrdinal> ordinals = JdbcEntryChangeFeed.ordinals(
                Form7501Writer.write(form, Form7501Writer.ImporterNumbers.LEFT_OUT));

        assertThat(ordinals).containsExactly(
                new ReportedOrdinal(1, 1, "99038803", "CN", new BigDecimal("0.00"), new BigDecimal("2500.00"),
                        new BigDecimal("0.00"), null, null, "CNSHAFAC123SHA", false, "25%"),
                new ReportedOrdinal(1, 2, "6109100012", "CN", new BigDecimal("10000.00"), new BigDecimal("1650.00"),
                        new BigDecimal("0.00"), new BigDecimal("120"), "DOZ", "CNSHAFAC123SHA", false, "16.5%"),
                new ReportedOrdinal(2, 1, "99038803", "CN", new BigDecimal("0.00"), new BigDecimal("2500.00"),
                        new BigDecimal("0.00"), null, null, "CNSHAFAC123SHA", false, "25%"),
                new ReportedOrdinal(2, 2, "6109100012", "CN", new BigDecimal("10000.00"), new BigDecimal("1650.00"),
                        new BigDecimal("0.00"), new BigDecimal("120"), "DOZ", "CNSHAFAC123SHA", false, "16.5%"));
    }

    @Test
    void aDutyRateReadsAsTheScheduleWritesItFreeAdValoremSpecificOrCompound() {
        var related = SampleForms.builder().lines(new EntryLine(1, SampleForms.line(1).countryOfOrigin(),
                "CNRELFAC9SHA", true, Money.ZERO, List.of(new TariffOrdinal(SampleForms.line(1).commodity().htsNumber(),
                Money.of("100.00"), List.of(Quantity.of("10", UnitOfQuantity.KG)),
                new DutyRate(new BigDecimal("3.90"), new BigDecimal("0.0660"), UnitOfQuantity.KG), Money.of("4.56"))),
                null, List.of())).build();

        ReportedOrdinal ordinal = JdbcEntryChangeFeed.ordinals(
                Form7501Writer.write(related, Form7501Writer.ImporterNumbers.LEFT_OUT)).getFirst();

        assertThat(ordinal.manufacturerId()).isEqualTo("CNRELFAC9SHA");
        assertThat(ordinal.related()).isTrue();
        assertThat(ordinal.dutyRate()).isEqualTo("$0.0660/KG + 3.9%");
        assertThat(rate(DutyRate.FREE)).isEqualTo("Free");
        assertThat(rate(DutyRate.adValorem("6.50"))).isEqualTo("6.5%");
        assertThat(rate(DutyRate.adValorem("10"))).isEqualTo("10%");
        assertThat(rate(DutyRate.specific("0.44", UnitOfQuantity.KG))).isEqualTo("$0.44/KG");
    }

    private static String rate(DutyRate rate) {
        var form = SampleForms.builder().lines(new EntryLine(1, SampleForms.line(1).countryOfOrigin(), "CNSHAFAC123SHA",
                false, Money.ZERO, List.of(new TariffOrdinal(SampleForms.line(1).commodity().htsNumber(),
                Money.of("100.00"), List.of(Quantity.of("10", UnitOfQuantity.KG)), rate, Money.ZERO)), null,
                List.of())).build();
        return JdbcEntryChangeFeed.ordinals(Form7501Writer.write(form, Form7501Writer.ImporterNumbers.LEFT_OUT))
                .getFirst().dutyRate();
    }
}
