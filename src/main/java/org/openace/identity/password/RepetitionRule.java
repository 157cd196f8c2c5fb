package org.openace.identity.password;

import java.util.Optional;

/** Refuses passwords made of one repeated character or one short repeated run ("aaaa…", "abcabcabc…"). */
final class RepetitionRule implements PasswordRule {

    @Override
    public Optional<PasswordViolation> check(PasswordCandidate candidate) {
        int[] points = candidate.password().codePoints().toArray();
        for (int period = 1; period <= 4 && period < points.length; period++) {
            if (repeatsWithPeriod(points, period)) {
                return Optional.of(new PasswordViolation("PASSWORD_REPETITIVE",
                        "Do not repeat the same characters over and over."));
            }
        }
        return Optional.empty();
    }

    private static boolean repeatsWithPeriod(int[] points, int period) {
        for (int i = period; i < points.length; i++) {
            if (points[i] != points[i - period]) {
                return false;
            }
        }
        return true;
    }
}
