package org.openace.filing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The duty rate of a tariff ordinal: an ad valorem percentage ({@code 6.8} is 6.8%, {@code 0} is Free), a specific
 * rate (dollars per unit, {@code 0.066} per KG for 6.6&cent;/kg), or both (a compound rate). Rates the schedule
 * writes in other ways (e.g. per unit of a component) are not computed here.
 */
public record DutyRate(BigDecimal adValoremPercent, @Nullable BigDecimal perUnit, @Nullable UnitOfQuantity unit) {

    public static final DutyRate FREE = new DutyRate(BigDecimal.ZERO, null, null);

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");
    /** A specific part as the schedule prints it: {@code 6.6¢/kg}, {@code $1.50/kg}, {@code 25¢ each}. */
    private static final Pattern SPECIFIC = Pattern.compile("(\\$)?(\\d+(?:\\.\\d+)?)(¢)?(?:/(kg|liter|doz\\.)| each)");

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

    /**
     * A general (column 1) rate as the USITC schedule prints it, where it is one of the forms computed here:
     * {@code Free}, {@code 6.8%}, a specific rate per kilogram, liter, dozen or unit ({@code 1¢/kg}, {@code $1.50/kg},
     * {@code 25¢ each}), or a compound rate of one of each joined by {@code +} ({@code 25¢ each + 3.9%}). Empty for any
     * other text (rates on a component, with a minimum, "less" clauses, ...).
     */
    public static Optional<DutyRate> fromSchedule(String general) {
        String text = general == null ? "" : general.strip();
        if (text.equals("Free")) {
            return Optional.of(FREE);
        }
        BigDecimal percent = null;
        BigDecimal perUnit = null;
        UnitOfQuantity unit = null;
        for (String part : text.split("\\s\\+\\s", -1)) {
            String p = part.strip();
            Matcher adValorem = PERCENT.matcher(p);
            Matcher specific = SPECIFIC.matcher(p);
            if (adValorem.matches() && percent == null) {
                percent = new BigDecimal(adValorem.group(1));
            } else if (specific.matches() && perUnit == null && (specific.group(1) == null) != (specific.group(3) == null)) {
                BigDecimal amount = new BigDecimal(specific.group(2));
                perUnit = specific.group(3) != null ? amount.movePointLeft(2) : amount;
                unit = specific.group(4) == null ? UnitOfQuantity.NO : switch (specific.group(4)) {
                    case "kg" -> UnitOfQuantity.KG;
                    case "liter" -> UnitOfQuantity.L;
                    default -> UnitOfQuantity.DOZ;
                };
            } else {
                return Optional.empty();
            }
        }
        return percent == null && perUnit == null ? Optional.empty()
                : Optional.of(new DutyRate(percent == null ? BigDecimal.ZERO : percent, perUnit, unit));
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
