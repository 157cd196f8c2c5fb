package org.openace.account;

import org.jspecify.annotations.Nullable;

/** A postal address. Country is the ISO 3166 two-letter code. */
public record Address(String street, String city, @Nullable String region, @Nullable String postalCode, String country) {

    public Address {
        if (street == null || street.isBlank() || city == null || city.isBlank()) {
            throw new IllegalArgumentException("An address has a street and a city");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
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
