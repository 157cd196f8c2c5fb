package org.openace.filing;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** General rates read as the USITC schedule prints them, and the duty they give on a value and quantities. */
class DutyRateTests {

    @Test
    void freeAndAdValoremRatesAreReadAsPercentages() {
        assertThat(DutyRate.fromSchedule("Free")).contains(DutyRate.FREE);
        assertThat(DutyRate.fromSchedule("6.8%")).contains(DutyRate.adValorem("6.8"));
    }

    @Test
    void aSpecificRateInCentsPerKilogramIsReadInDollarsPerKilogram() {
        DutyRate rate = DutyRate.fromSchedule("1¢/kg").orElseThrow();

        assertThat(rate.adValoremPercent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(rate.perUnit()).isEqualByComparingTo("0.01");
        assertThat(rate.unit()).isEqualTo(UnitOfQuantity.KG);
        assertThat(rate.dutyOn(Money.of("5000.00"), List.of(Quantity.of("12", UnitOfQuantity.NO),
                Quantity.of("1234.5", UnitOfQuantity.KG)))).contains(Money.of("12.35"));
        assertThat(rate.dutyOn(Money.of("5000.00"), List.of(Quantity.of("12", UnitOfQuantity.NO))))
                .as("no quantity in kilograms").isEmpty();
        assertThat(DutyRate.fromSchedule("$1.50/kg").orElseThrow().perUnit()).isEqualByComparingTo("1.50");
    }

    @Test
    void aCompoundRatePerItemPlusAdValoremAddsBothParts() {
        DutyRate rate = DutyRate.fromSchedule("25¢ each + 3.9%").orElseThrow();

        assertThat(rate.adValoremPercent()).isEqualByComparingTo("3.9");
        assertThat(rate.perUnit()).isEqualByComparingTo("0.25");
        assertThat(rate.unit()).isEqualTo(UnitOfQuantity.NO);
        assertThat(rate.dutyOn(Money.of("1000.00"), List.of(Quantity.of("40", UnitOfQuantity.NO))))
                .contains(Money.of("49.00"));
        assertThat(DutyRate.fromSchedule("$4.50 each + 65%").orElseThrow().perUnit()).isEqualByComparingTo("4.50");
    }

    @Test
    void ratesNotComputedHereAreNotRead() {
        assertThat(DutyRate.fromSchedule("")).isEmpty();
        assertThat(DutyRate.fromSchedule("The duty provided in the applicable subheading + 25%")).isEmpty();
        assertThat(DutyRate.fromSchedule("1.4606¢/kg less 0.020668¢/kg for each degree under 100 degrees")).isEmpty();
        assertThat(DutyRate.fromSchedule("0.3¢/line + 4.5%")).isEmpty();
        assertThat(DutyRate.fromSchedule("5% + 6%")).as("two ad valorem parts").isEmpty();
        assertThat(DutyRate.fromSchedule("$1¢/kg")).isEmpty();
    }
}
