package org.openace.account;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A postal address. Country is the ISO 3166 two-letter code. */
public record Address(String street, String city, @Nullable String region, @Nullable String postalCode, String country) {

    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");

    public Address {
        if (street == null || street.isBlank() || city == null || city.isBlank()) {
            throw new IllegalArgumentException("An address has a street and a city");
        }
        if (country == null || !TWO_LETTERS.matcher(country).matches()) {
            throw new IllegalArgumentException("A country is a two-letter code");
        }
    }

    public String oneLine() {
        StringBuilder line = new StringBuilder(street).append(", ").append(city);
        if (region != null && !region.isBlank()) {
            line.append(", ").append(region);
        }
        if (postalCode != null && !postalCode.isBlank()) {
            line.append(' ').append(postalCode);
        }
        return line.append(", ").append(country).toString();
    }
}
