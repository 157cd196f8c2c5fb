package org.openace.identity;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address in the form people actually use ({@code local@domain.tld}), at most 254 characters. Kept as
 * typed; compared without regard to case.
 */
public record EmailAddress(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Enter an e-mail address in the form name@example.com");
        }
    }

    public static Optional<EmailAddress> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        return trimmed.length() <= 254 && FORMAT.matcher(trimmed).matches()
                ? Optional.of(new EmailAddress(trimmed)) : Optional.empty();
    }

    /** The address with most of the local part hidden, for showing where a code was sent: {@code j***@example.com}. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }
}
