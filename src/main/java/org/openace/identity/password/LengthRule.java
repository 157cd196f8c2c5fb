package org.openace.identity.password;

import java.util.Optional;

/** At least {@code min} and at most {@code max} characters, counted as Unicode code points; any characters allowed. */
final class LengthRule implements PasswordRule {

    private final int min;
    private final int max;

    LengthRule(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public Optional<PasswordViolation> check(PasswordCandidate candidate) {
        int length = candidate.length();
        if (length < min) {
            return Optional.of(new PasswordViolation("PASSWORD_TOO_SHORT",
                    "Use at least " + min + " characters. A few unrelated words make a long password that is easy to remember."));
        }
        if (length > max) {
            return Optional.of(new PasswordViolation("PASSWORD_TOO_LONG", "Use at most " + max + " characters."));
        }
        return Optional.empty();
    }
}
