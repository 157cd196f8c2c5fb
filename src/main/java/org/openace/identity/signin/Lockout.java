package org.openace.identity.signin;

import java.time.Clock;
import java.time.Instant;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lockout rule: {@code lockoutThreshold} consecutive failures (wrong password or wrong second factor) within
 * {@code lockoutWindow} lock the user for {@code lockoutDuration}. A full sign-in or an unlock starts the count
 * again.
 */
@Component
public class Lockout {

    private final SignInFailures failures;
    private final PortalUsers users;
    private final SignInProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    Lockout(SignInFailures failures, PortalUsers users, SignInProperties properties, AuditTrail audit, Clock clock) {
        this.failures = failures;
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a failure of a known user from an address and locks the user if it completes the series.
     *
     * @return true if the user is now locked
     */
    @Transactional
    public boolean recordFailure(PortalUser known, String clientAddress) {
        Instant now = clock.instant();
        failures.record(known.id(), clientAddress, now);
        PortalUser user = users.findByIdForUpdate(known.id()).orElseThrow();
        if (user.isLockedAt(now)) {
            return true;
        }
        Instant windowStart = now.minus(properties.lockoutWindow());
        Instant countFrom = user.failuresCountedFrom().isAfter(windowStart) ? user.failuresCountedFrom() : windowStart;
        if (failures.countForUserSince(user.id(), countFrom) < properties.lockoutThreshold()) {
            return false;
        }
        Instant until = now.plus(properties.lockoutDuration());
        user.lockUntil(until);
        users.update(user);
        audit.record(AuditRecord.of("USER_LOCKED", AuditOutcome.SUCCESS)
                .object("USER", user.id()).detail("until", until).detail("failures", properties.lockoutThreshold()));
        return true;
    }

    /** Records a failure that counts for the address only (an unknown user ID, or a user already locked). */
    public void recordAddressFailure(String clientAddress) {
        failures.record(null, clientAddress, clock.instant());
    }
}
