package org.openace.identity.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The rules of NIST SP 800-63B for a new password, in the order a person should hear about them: length, then
 * lists of breached and common passwords, personal words, repetition and guessability. No composition rules
 * (no "one digit, one symbol") and no forced rotation. Reuse of earlier passwords is checked apart, by
 * {@link PasswordHistory}, because it needs the user's history.
 */
@Component
public class PasswordPolicy {

    private final List<PasswordRule> rules;
    private final PasswordProperties properties;

    PasswordPolicy(PasswordProperties properties) {
        this.properties = properties;
        this.rules = List.of(new LengthRule(properties.minLength(), properties.maxLength()), BlocklistRule.load(),
                new ContextWordsRule(), new RepetitionRule(), new GuessabilityRule(properties.minGuessScore()));
    }

    /** The first rule the candidate breaks, if any. */
    public Optional<PasswordViolation> check(PasswordCandidate candidate) {
        for (PasswordRule rule : rules) {
            Optional<PasswordViolation> violation = rule.check(candidate);
            if (violation.isPresent()) {
                return violation;
            }
        }
        return Optional.empty();
    }

    /** Every rule the candidate breaks. */
    public List<PasswordViolation> violations(PasswordCandidate candidate) {
        List<PasswordViolation> found = new ArrayList<>();
        for (PasswordRule rule : rules) {
            rule.check(candidate).ifPresent(found::add);
        }
        return found;
    }

    public int minLength() {
        return properties.minLength();
    }

    public int maxLength() {
        return properties.maxLength();
    }
}
