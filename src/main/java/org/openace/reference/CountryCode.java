package org.openace.reference;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An ISO 3166-1 alpha-2 country code ({@code CN}); whether it names a country is for {@link Countries} to say. */
public record CountryCode(String value) {

    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        if (value == null || !TWO_LETTERS.matcher(value).matches()) {
            throw new IllegalArgumentException("A country code is 2 capital letters (ISO 3166-1 alpha-2)");
        }
    }

    public static Optional<CountryCode> parse(String typed) {
        String text = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return TWO_LETTERS.matcher(text).matches() ? Optional.of(new CountryCode(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
