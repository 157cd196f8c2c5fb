package org.openace.filing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A hold on an entry's cargo: its number on the entry (1, 2, ...), who placed it ({@code CBP} or a partner
 * government agency's code such as {@code FDA}), its reason, when it was placed and, once lifted, when.
 */
public record Hold(int number, String authority, String reason, LocalDate placedOn, @Nullable LocalDate liftedOn) {

    private static final Pattern AUTHORITY = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    public Hold {
        Objects.requireNonNull(authority, "A hold names who placed it");
        Objects.requireNonNull(reason, "A hold gives its reason");
        Objects.requireNonNull(placedOn, "A hold has its date");
        if (!AUTHORITY.matcher(authority).matches()) {
            throw new IllegalArgumentException("A hold's authority is CBP or a partner agency's code, e.g. FDA");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A hold gives its reason");
        }
    }

    public boolean isOpen() {
        return liftedOn == null;
    }

    Hold liftedOn(LocalDate date) {
        return new Hold(number, authority, reason, placedOn, date);
    }
}
