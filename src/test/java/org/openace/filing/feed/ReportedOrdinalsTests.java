package org.openace.filing.feed;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.filing.EntryChangeFeed.ReportedOrdinal;
import org.openace.filing.SampleForms;
import org.openace.filing.json.Form7501Writer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed reads the tariff ordinals out of the stored document (written without importer numbers): one row
 * per ordinal, numbered from 1 on each line in the order filed, the HTS number in digits, the amounts exact, the first
 * quantity and its unit (none where the ordinal reports none, as Chapter 99 numbers usually do).
 */
class ReportedOrdinalsTests {

    @Test
    void everyOrdinalOfEveryLineIsOneRowNumberedOnItsLine() {
        var form = SampleForms.builder().lines(SampleForms.line(1), SampleForms.line(2)).build();

        List<ReportedOrdinal> ordinals = JdbcEntryChangeFeed.ordinals(
                Form7501Writer.write(form, Form7501Writer.ImporterNumbers.LEFT_OUT));

        assertThat(ordinals).containsExactly(
                new ReportedOrdinal(1, 1, "99038803", "CN", new BigDecimal("0.00"), new BigDecimal("2500.00"),
                        new BigDecimal("0.00"), null, null),
                new ReportedOrdinal(1, 2, "6109100012", "CN", new BigDecimal("10000.00"), new BigDecimal("1650.00"),
                        new BigDecimal("0.00"), new BigDecimal("120"), "DOZ"),
                new ReportedOrdinal(2, 1, "99038803", "CN", new BigDecimal("0.00"), new BigDecimal("2500.00"),
                        new BigDecimal("0.00"), null, null),
                new ReportedOrdinal(2, 2, "6109100012", "CN", new BigDecimal("10000.00"), new BigDecimal("1650.00"),
                        new BigDecimal("0.00"), new BigDecimal("120"), "DOZ"));
    }
}
