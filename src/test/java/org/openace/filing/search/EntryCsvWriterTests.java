package org.openace.filing.search;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryCsvWriterTests {

    @Test
    void cellsWithSeparatorsAreQuotedAndFormulaLikeCellsDefused() {
        assertThat(EntryCsvWriter.cell("plain")).isEqualTo("plain");
        assertThat(EntryCsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(EntryCsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(EntryCsvWriter.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(EntryCsvWriter.cell("@SUM")).isEqualTo("'@SUM");
    }

    @Test
    void moneyHasTwoDecimalsAndAPoint() {
        assertThat(EntryCsvWriter.money(new BigDecimal("34.6"))).isEqualTo("34.60");
        assertThat(EntryCsvWriter.money(new BigDecimal("1234567.005"))).isEqualTo("1234567.01");
        assertThat(EntryCsvWriter.money(new BigDecimal("1E+3"))).isEqualTo("1000.00");
    }
}
