package org.openace.account;

import java.io.Serializable;
import java.util.Optional;

/**
 * A port of the Schedule D: four digits, district and port. {@code 9900} stands for every port when narrowing a
 * right.
 */
public record PortCode(String value) implements Serializable {

    public static final PortCode ALL_PORTS = new PortCode("9900");

    public PortCode {
        if (value == null || !value.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("A port code is 4 digits");
        }
    }

    public static Optional<PortCode> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        return text.matches("[0-9]{4}") ? Optional.of(new PortCode(text)) : Optional.empty();
    }

    public boolean isAllPorts() {
        return equals(ALL_PORTS);
    }

    @Override
    public String toString() {
        return value;
    }
}
