package org.openace.identity.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.Username;
import org.openace.identity.password.PasswordHashing;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.springframework.stereotype.Component;

/**
 * The first step of sign-in: checks the address throttle before any hashing, then the password (a decoy hash for
 * unknown user IDs, so both take the same time), then the lock and the status, recording failures for lockout
 * and throttling and auditing every outcome.
 */
@Component
public class PasswordSignIn {

    private final PortalUsers users;
    private final PasswordHashing hashing;
    private final AddressThrottle throttle;
    private final Lockout lockout;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordSignIn(PortalUsers users, PasswordHashing hashing, AddressThrottle throttle, Lockout lockout,
                   AuditTrail audit, Clock clock) {
        this.users = users;
        this.hashing = hashing;
        this.throttle = throttle;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
    }

    public PasswordCheck attempt(String typedUsername, String password, String clientAddress) {
        Optional<Duration> wait = throttle.retryAfter(clientAddress);
        if (wait.isPresent()) {
            audit.record(AuditRecord.of("SIGN_IN_THROTTLED", AuditOutcome.DENIED).actor(AuditActor.ANONYMOUS)
                    .detail("retryAfterSeconds", wait.get().toSeconds()));
            return new PasswordCheck.Throttled(wait.get());
        }
        Optional<PortalUser> found = Username.parse(typedUsername).flatMap(users::findByUsername);
        if (found.isEmpty()) {
            hashing.verifyDecoy(password);
            lockout.recordAddressFailure(clientAddress);
            audit.record(AuditRecord.of("SIGN_IN_PASSWORD", AuditOutcome.FAILURE).actor(AuditActor.ANONYMOUS)
                    .detail("reason", "UNKNOWN_USER").detail("triedUserId", TriedUserId.of(typedUsername)));
            return new PasswordCheck.Refused("UNKNOWN_USER");
        }
        PortalUser user = found.get();
        AuditActor actor = AuditActor.user(user.id().value(), user.username().value());
        String storedHash = user.passwordHash();
        boolean right;
        if (storedHash == null) {
            hashing.verifyDecoy(password);
            right = false;
        }
        else {
            right = hashing.matches(password, storedHash);
        }
        if (user.isLockedAt(clock.instant())) {
            lockout.recordAddressFailure(clientAddress);
            audit.record(AuditRecord.of("SIGN_IN_PASSWORD", AuditOutcome.DENIED).actor(actor)
                    .object("USER", user.id()).detail("reason", "LOCKED"));
            return new PasswordCheck.Refused("LOCKED");
        }
        if (!right) {
            String reason = storedHash == null ? "NO_PASSWORD" : "WRONG_PASSWORD";
            boolean locked = lockout.recordFailure(user, clientAddress);
            audit.record(AuditRecord.of("SIGN_IN_PASSWORD", AuditOutcome.FAILURE).actor(actor)
                    .object("USER", user.id()).detail("reason", reason).detail("nowLocked", locked));
            return new PasswordCheck.Refused(reason);
        }
        if (!user.mayAttemptSignIn()) {
            audit.record(AuditRecord.of("SIGN_IN_PASSWORD", AuditOutcome.DENIED).actor(actor)
                    .object("USER", user.id()).detail("reason", user.status()));
            return new PasswordCheck.Inactive(user);
        }
        if (hashing.needsRehash(storedHash)) {
            user.changePassword(hashing.hash(password), user.passwordChangedAt() == null ? clock.instant() : user.passwordChangedAt());
            users.update(user);
        }
        audit.record(AuditRecord.of("SIGN_IN_PASSWORD", AuditOutcome.SUCCESS).actor(actor).object("USER", user.id()));
        return new PasswordCheck.Passed(user);
    }
}
