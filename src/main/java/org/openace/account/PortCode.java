package org.openace.account;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A port of the Schedule D: four digits, district and port. {@code 9900} stands for every port when narrowing a
 * right.
 */
public record PortCode(String value) implements Serializable {

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    public static final PortCode ALL_PORTS = new PortCode("9900");

    public PortCode {
        if (value == null || !FOUR_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A port code is 4 digits");
        }
    }

    public static Optional<PortCode> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        return FOUR_DIGITS.matcher(text).matches() ? Optional.of(new PortCode(text)) : Optional.empty();
    }

    public boolean isAllPorts() {
        return equals(ALL_PORTS);
    }

    @Override
    public String toString() {
        return value;
    }
}
