package org.openace.payment.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.openace.filing.Money;
import org.openace.filing.SummaryTotals;

/**
 * Duty, tax, fees and other (AD/CVD deposits) and their total, in dollars at two decimals; the total is always the sum
 * of the four.
 */
record Amounts(BigDecimal duty, BigDecimal tax, BigDecimal fees, BigDecimal other) {

    static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    Amounts {
        duty = cents(duty);
        tax = cents(tax);
        fees = cents(fees);
        other = cents(other);
    }

    static Amounts of(SummaryTotals totals) {
        return new Amounts(totals.duty().amount(), totals.tax().amount(), totals.fees().amount(),
                totals.other().amount());
    }

    /** The four columns {@code duty, tax, fees, other} of a row. */
    static Amounts read(ResultSet rs) throws SQLException {
        return new Amounts(rs.getBigDecimal("duty"), rs.getBigDecimal("tax"), rs.getBigDecimal("fees"),
                rs.getBigDecimal("other"));
    }

    public BigDecimal total() {
        return duty.add(tax).add(fees).add(other);
    }

    Amounts plus(Amounts o) {
        return new Amounts(duty.add(o.duty), tax.add(o.tax), fees.add(o.fees), other.add(o.other));
    }

    Amounts minus(Amounts o) {
        return new Amounts(duty.subtract(o.duty), tax.subtract(o.tax), fees.subtract(o.fees), other.subtract(o.other));
    }

    boolean isZero() {
        return duty.signum() == 0 && tax.signum() == 0 && fees.signum() == 0 && other.signum() == 0;
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal cents(Money money) {
        return cents(money.amount());
    }
}
