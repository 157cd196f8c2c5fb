package org.openace.filing;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTests {

    @Test
    void moneyIsKeptToTheCentRoundingHalfUp() {
        assertThat(Money.of("10.005")).isEqualTo(Money.of("10.01"));
        assertThat(Money.of("10.004")).isEqualTo(Money.of("10.00"));
        assertThat(Money.of("10").amount().scale()).isEqualTo(2);
        assertThat(Money.of("-0.005")).isEqualTo(Money.of("-0.01"));
        assertThat(Money.of("1.5")).hasToString("$1.50");
    }

    @Test
    void moneyAddsSubtractsAndSumsExactly() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("1.00").minus(Money.of("0.01"))).isEqualTo(Money.of("0.99"));
        assertThat(Money.sum(List.of(Money.of("0.10"), Money.of("0.10"), Money.of("0.10")))).isEqualTo(Money.of("0.30"));
        assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
    }

    @Test
    void moneyTimesARateIsRoundedHalfUpToTheCent() {
        // 0.3464% of 10,000.00 = 34.64; of 1,234.56 = 4.2765... -> 4.28
        assertThat(Money.of("10000").percent(new BigDecimal("0.3464"))).isEqualTo(Money.of("34.64"));
        assertThat(Money.of("1234.56").percent(new BigDecimal("0.3464"))).isEqualTo(Money.of("4.28"));
        assertThat(Money.of("100").percent(new BigDecimal("0.125"))).isEqualTo(Money.of("0.13"));
        assertThat(Money.of("2.50").times(new BigDecimal("3"))).isEqualTo(Money.of("7.50"));
        assertThat(Money.of("1.00").within(Money.of("1.01"), Money.of("0.01"))).isTrue();
        assertThat(Money.of("1.00").within(Money.of("1.02"), Money.of("0.01"))).isFalse();
    }

    @Test
    void moneyRefusesTextThatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.of("12,50")).hasMessageContaining("Not an amount");
    }

    @Test
    void quantityIsNotNegativeAndKeepsItsUnit() {
        assertThat(Quantity.of("120.500", UnitOfQuantity.KG)).hasToString("120.5 KG");
        assertThat(Quantity.of("1.2E+2", UnitOfQuantity.NO)).isEqualTo(Quantity.of("120", UnitOfQuantity.NO));
        assertThatThrownBy(() -> Quantity.of("-1", UnitOfQuantity.KG)).hasMessageContaining("not negative");
    }

    @Test
    void unitsAreReadFromTheScheduleAsItPrintsThem() {
        assertThat(UnitOfQuantity.fromSchedule("No.")).contains(UnitOfQuantity.NO);
        assertThat(UnitOfQuantity.fromSchedule("kg")).contains(UnitOfQuantity.KG);
        assertThat(UnitOfQuantity.fromSchedule("m<sup>2</sup>")).contains(UnitOfQuantity.M2);
        assertThat(UnitOfQuantity.fromSchedule("doz.")).contains(UnitOfQuantity.DOZ);
        assertThat(UnitOfQuantity.parse("k g")).isEmpty();
    }

    @Test
    void adValoremDutyIsThePercentageOfTheValue() {
        assertThat(DutyRate.adValorem("6.8").dutyOn(Money.of("1000.00"), List.of())).contains(Money.of("68.00"));
        assertThat(DutyRate.FREE.dutyOn(Money.of("1000.00"), List.of())).contains(Money.ZERO);
        assertThat(DutyRate.adValorem("2.5")).hasToString("2.5%");
    }

    @Test
    void specificDutyNeedsAQuantityInItsUnit() {
        DutyRate perKg = DutyRate.specific("0.066", UnitOfQuantity.KG);
        assertThat(perKg.dutyOn(Money.of("500"), List.of(Quantity.of("1000", UnitOfQuantity.KG)))).contains(Money.of("66.00"));
        assertThat(perKg.dutyOn(Money.of("500"), List.of(Quantity.of("10", UnitOfQuantity.NO)))).isEmpty();
        DutyRate compound = new DutyRate(new BigDecimal("5"), new BigDecimal("0.10"), UnitOfQuantity.DOZ);
        assertThat(compound.dutyOn(Money.of("200"), List.of(Quantity.of("12", UnitOfQuantity.DOZ)))).contains(Money.of("11.20"));
        assertThatThrownBy(() -> new DutyRate(BigDecimal.ONE, BigDecimal.ONE, null)).hasMessageContaining("unit");
        assertThatThrownBy(() -> DutyRate.adValorem("-1")).hasMessageContaining("not negative");
    }

    @Test
    void modesOfTransportKnowTheirCodesAndWhichAreVessels() {
        assertThat(ModeOfTransport.ofCode("11")).contains(ModeOfTransport.VESSEL_CONTAINER);
        assertThat(ModeOfTransport.ofCode("40")).contains(ModeOfTransport.AIR);
        assertThat(ModeOfTransport.ofCode("99")).isEmpty();
        assertThat(ModeOfTransport.VESSEL.isVessel()).isTrue();
        assertThat(ModeOfTransport.VESSEL_CONTAINER.isVessel()).isTrue();
        assertThat(ModeOfTransport.TRUCK_CONTAINER.isVessel()).isFalse();
        assertThat(ModeOfTransport.AIR_CONTAINER.code()).isEqualTo("41");
    }

    @Test
    void bondTypesKnowTheirCodes() {
        assertThat(BondType.ofCode("8")).contains(BondType.CONTINUOUS);
        assertThat(BondType.ofCode("9")).contains(BondType.SINGLE_TRANSACTION);
        assertThat(BondType.ofCode("7")).isEmpty();
        assertThat(BondType.NONE.needsSurety()).isFalse();
        assertThat(BondType.CONTINUOUS.needsSurety()).isTrue();
    }
}
