package org.openace.onboarding;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number as people write it: 7 to 40 characters of digits, spaces and {@code + ( ) . / -}, with at least
 * 7 digits, optionally an extension ({@code x123} or {@code ext. 123}).
 */
record PhoneNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\+?[0-9 ().\\/-]{6,32}(?:\\s*(?:x|ext\\.?)\\s*[0-9]{1,6})?");

    PhoneNumber {
        if (value == null || value.length() > 40 || !FORMAT.matcher(value).matches()
                || value.chars().filter(Character::isDigit).count() < 7) {
            throw new IllegalArgumentException("A telephone number has at least 7 digits");
        }
    }

    static Optional<PhoneNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replaceAll("\\s+", " ");
        try {
            return Optional.of(new PhoneNumber(text));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
