package org.openace.filing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The duty rate of a tariff ordinal: an ad valorem percentage ({@code 6.8} is 6.8%, {@code 0} is Free), a specific
 * rate (dollars per unit, {@code 0.066} per KG for 6.6&cent;/kg), or both (a compound rate). Rates the schedule
 * writes in other ways (e.g. per unit of a component) are not computed here.
 */
public record DutyRate(BigDecimal adValoremPercent, @Nullable BigDecimal perUnit, @Nullable UnitOfQuantity unit) {

    public static final DutyRate FREE = new DutyRate(BigDecimal.ZERO, null, null);

    public DutyRate {
        Objects.requireNonNull(adValoremPercent, "A duty rate needs its ad valorem percentage (0 if none)");
        if (adValoremPercent.signum() < 0 || (perUnit != null && perUnit.signum() < 0)) {
            throw new IllegalArgumentException("A duty rate is not negative");
        }
        if ((perUnit == null) != (unit == null)) {
            throw new IllegalArgumentException("A specific duty rate names both its amount and its unit");
        }
    }

    public static DutyRate adValorem(String percent) {
        return new DutyRate(new BigDecimal(percent), null, null);
    }

    public static DutyRate specific(String dollarsPerUnit, UnitOfQuantity unit) {
        return new DutyRate(BigDecimal.ZERO, new BigDecimal(dollarsPerUnit), unit);
    }

    public boolean isSpecific() {
        return perUnit != null;
    }

    /**
     * The duty on a value and quantities: the percentage of the value plus the specific rate times the quantity in
     * its unit, each rounded half up to the cent; empty when the rate is specific and no quantity is in its unit.
     */
    public Optional<Money> dutyOn(Money value, List<Quantity> quantities) {
        Money duty = value.percent(adValoremPercent);
        if (perUnit == null) {
            return Optional.of(duty);
        }
        return quantities.stream().filter(q -> q.unit().equals(unit)).findFirst()
                .map(q -> duty.plus(Money.of(q.value().multiply(perUnit))));
    }

    @Override
    public String toString() {
        String adValorem = adValoremPercent.stripTrailingZeros().toPlainString() + "%";
        return perUnit == null ? adValorem : adValorem + " + $" + perUnit.toPlainString() + "/" + unit;
    }
}
