package org.openace.identity.password;

import java.util.Optional;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * Refuses passwords that a guesser finds quickly even though they are long: dictionary words repeated, keyboard
 * walks, sequences, dates (zxcvbn's estimate, with the user's own words as hints).
 */
final class GuessabilityRule implements PasswordRule {

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final int minScore;

    GuessabilityRule(int minScore) {
        this.minScore = minScore;
    }

    @Override
    public Optional<PasswordViolation> check(PasswordCandidate candidate) {
        if (minScore <= 0) {
            return Optional.empty();
        }
        Strength strength = zxcvbn.measure(candidate.password(), candidate.contextWords());
        if (strength.getScore() < minScore) {
            return Optional.of(new PasswordViolation("PASSWORD_TOO_GUESSABLE",
                    "This password follows a pattern that is easy to guess (repeated words, keyboard rows, sequences "
                            + "or dates). Add another unrelated word."));
        }
        return Optional.empty();
    }
}
