package org.openace.identity.password;

import java.util.Optional;

/** One named rule a new password must pass. */
public interface PasswordRule {

    Optional<PasswordViolation> check(PasswordCandidate candidate);
}
