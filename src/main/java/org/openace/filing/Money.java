package org.openace.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * An amount of U.S. dollars to the cent: a {@link BigDecimal} of scale 2, never a floating-point number. Amounts
 * given with more decimals are rounded half up (the rounding is named wherever it happens); products with a rate are
 * rounded half up to the cent.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        Objects.requireNonNull(amount, "An amount is required");
        amount = amount.setScale(2, ROUNDING);
    }

    /** An amount written in dollars, e.g. {@code "634.62"}. */
    public static Money of(String dollars) {
        try {
            return new Money(new BigDecimal(dollars.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount of dollars: " + dollars);
        }
    }

    public static Money of(BigDecimal dollars) {
        return new Money(dollars);
    }

    public static Money sum(Collection<Money> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Money money : amounts) {
            total = total.add(money.amount);
        }
        return new Money(total);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times a factor (a quantity, a unit rate), rounded half up to the cent. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(2, ROUNDING));
    }

    /** This amount times a percentage ({@code 6.8} is 6.8%), rounded half up to the cent. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(HUNDRED).setScale(2, ROUNDING));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether the two amounts differ by at most {@code tolerance}. */
    public boolean within(Money other, Money tolerance) {
        return amount.subtract(other.amount).abs().compareTo(tolerance.amount) <= 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return "$" + amount.toPlainString();
    }
}
