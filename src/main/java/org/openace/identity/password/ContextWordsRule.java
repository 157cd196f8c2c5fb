package org.openace.identity.password;

import java.util.Locale;
import java.util.Optional;

/** Refuses passwords that contain the user ID, a part of the user's name or of their e-mail address. */
final class ContextWordsRule implements PasswordRule {

    /** Shorter name parts (such as "Al" or "Li") are too common inside ordinary words to refuse. */
    private static final int SHORTEST_WORD = 3;

    @Override
    public Optional<PasswordViolation> check(PasswordCandidate candidate) {
        String lower = candidate.password().toLowerCase(Locale.ROOT);
        for (String word : candidate.contextWords()) {
            String part = word == null ? "" : word.toLowerCase(Locale.ROOT).strip();
            if (part.length() >= SHORTEST_WORD && lower.contains(part)) {
                return Optional.of(new PasswordViolation("PASSWORD_CONTAINS_PERSONAL_WORDS",
                        "Do not use your user ID, your name or your e-mail address in your password."));
            }
        }
        return Optional.empty();
    }
}
