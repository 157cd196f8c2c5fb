package org.openace.filing;

import java.math.BigDecimal;
import java.util.Objects;

/** A quantity in a unit of the tariff schedule, never negative: {@code 120.5 KG}, {@code 12 DOZ}. */
public record Quantity(BigDecimal value, UnitOfQuantity unit) {

    public Quantity {
        Objects.requireNonNull(value, "A quantity needs a value");
        Objects.requireNonNull(unit, "A quantity needs its unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A quantity is not negative: " + value.toPlainString() + " " + unit);
        }
        value = value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    public static Quantity of(String value, UnitOfQuantity unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
