package org.openace.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user ID as typed at sign-in: 3 to 64 characters, letters, digits, dot, underscore and hyphen, starting with a
 * letter or digit. Compared without regard to case (stored in lower case).
 */
public record Username(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public Username {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A user ID has 3 to 64 letters, digits, dots, hyphens or underscores and starts with a letter or digit");
        }
    }

    /** The user ID for what someone typed, if it could be one. */
    public static Optional<Username> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalized = typed.strip().toLowerCase(Locale.ROOT);
        return FORMAT.matcher(normalized).matches() ? Optional.of(new Username(normalized)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
