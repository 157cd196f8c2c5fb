package org.openace.identity.user;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.identity.CurrentUser;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.UserId;
import org.openace.identity.Username;

/**
 * A user of the portal and the security state of their sign-in: status, lock, password, second factors and
 * the inactivity clock. Every change of state goes through a method that checks it is allowed.
 */
public final class PortalUser {

    private final UserId id;
    private final Username username;
    private String displayName;
    private EmailAddress email;
    private @Nullable Instant emailVerifiedAt;
    private UserStatus status;
    private Instant statusChangedAt;
    private @Nullable String passwordHash;
    private @Nullable Instant passwordChangedAt;
    private @Nullable Instant lockedUntil;
    private Instant failuresCountedFrom;
    private SecondFactorKind preferredFactor;
    private byte @Nullable [] totpSecret;
    private @Nullable Instant totpEnrolledAt;
    private @Nullable Long totpLastStep;
    private @Nullable Instant lastSignInAt;
    private @Nullable String lastSignInAddress;
    private Instant inactivityFrom;
    private final Instant createdAt;
    private final Set<Role> roles;

    PortalUser(UserId id, Username username, String displayName, EmailAddress email, @Nullable Instant emailVerifiedAt,
               UserStatus status, Instant statusChangedAt, @Nullable String passwordHash,
               @Nullable Instant passwordChangedAt, @Nullable Instant lockedUntil, Instant failuresCountedFrom,
               SecondFactorKind preferredFactor, byte @Nullable [] totpSecret, @Nullable Instant totpEnrolledAt,
               @Nullable Long totpLastStep, @Nullable Instant lastSignInAt, @Nullable String lastSignInAddress,
               Instant inactivityFrom, Instant createdAt, Set<Role> roles) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.emailVerifiedAt = emailVerifiedAt;
        this.status = status;
        this.statusChangedAt = statusChangedAt;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = passwordChangedAt;
        this.lockedUntil = lockedUntil;
        this.failuresCountedFrom = failuresCountedFrom;
        this.preferredFactor = preferredFactor;
        this.totpSecret = totpSecret;
        this.totpEnrolledAt = totpEnrolledAt;
        this.totpLastStep = totpLastStep;
        this.lastSignInAt = lastSignInAt;
        this.lastSignInAddress = lastSignInAddress;
        this.inactivityFrom = inactivityFrom;
        this.createdAt = createdAt;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** A new, active user who has no password yet (one is set through an e-mailed link or by the command line). */
    public static PortalUser register(Username username, String displayName, EmailAddress email, Set<Role> roles,
                                      Instant now) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("A display name has 1 to 200 characters");
        }
        return new PortalUser(UserId.random(), username, displayName.strip(), email, null, UserStatus.ACTIVE, now,
                null, null, null, now, SecondFactorKind.EMAIL_CODE, null, null, null, null, null, now, now, roles);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, roles);
    }

    // --- lock after failed attempts -----------------------------------------------------------------------

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    /** Ends a lock early (an administrator or owner) and forgets the failures that led to it. */
    public void unlock(Instant now) {
        this.lockedUntil = null;
        this.failuresCountedFrom = now;
    }

    /** A successful sign-in forgets earlier failures: lockout counts consecutive failures. */
    public void recordSignIn(Instant now, String clientAddress) {
        requireActive();
        this.lastSignInAt = now;
        this.lastSignInAddress = clientAddress;
        this.inactivityFrom = now;
        this.failuresCountedFrom = now;
    }

    // --- status --------------------------------------------------------------------------------------------

    public boolean mayAttemptSignIn() {
        return status == UserStatus.ACTIVE;
    }

    /** The inactivity rule: true if the user has not signed in (or been reactivated) within {@code limit}. */
    public boolean isInactiveLongerThan(Duration limit, Instant now) {
        return status == UserStatus.ACTIVE && inactivityFrom.plus(limit).isBefore(now);
    }

    public void disableForInactivity(Instant now) {
        requireActive();
        this.status = UserStatus.DISABLED;
        this.statusChangedAt = now;
    }

    public void deactivate(Instant now) {
        if (status == UserStatus.DEACTIVATED) {
            throw new IllegalStateException("The user is already deactivated");
        }
        this.status = UserStatus.DEACTIVATED;
        this.statusChangedAt = now;
    }

    /** Reactivates a disabled or deactivated user; the inactivity clock starts again. */
    public void reactivate(Instant now) {
        if (status == UserStatus.ACTIVE) {
            throw new IllegalStateException("The user is already active");
        }
        this.status = UserStatus.ACTIVE;
        this.statusChangedAt = now;
        this.inactivityFrom = now;
        this.lockedUntil = null;
        this.failuresCountedFrom = now;
    }

    private void requireActive() {
        if (status != UserStatus.ACTIVE) {
            throw new IllegalStateException("The user is not active");
        }
    }

    // --- password ------------------------------------------------------------------------------------------

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    // --- e-mail --------------------------------------------------------------------------------------------

    /** Proof of control of the address on record (a code sent to it was entered). */
    public void verifyEmail(Instant now) {
        this.emailVerifiedAt = now;
    }

    /** Replaces the address by one the user has just proven control of; there is never a moment without one. */
    public void changeEmail(EmailAddress verifiedNewAddress, Instant now) {
        this.email = verifiedNewAddress;
        this.emailVerifiedAt = now;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    // --- second factors ------------------------------------------------------------------------------------

    public void enrollTotp(byte[] encryptedSecret, Instant now) {
        this.totpSecret = encryptedSecret.clone();
        this.totpEnrolledAt = now;
        this.totpLastStep = null;
        this.preferredFactor = SecondFactorKind.TOTP;
    }

    public void removeTotp() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = null;
        if (preferredFactor == SecondFactorKind.TOTP) {
            this.preferredFactor = SecondFactorKind.EMAIL_CODE;
        }
    }

    public boolean hasTotp() {
        return totpSecret != null;
    }

    /**
     * Records the time step of a TOTP code just accepted; refuses a step at or before the last one accepted, so a
     * code (and any earlier code) cannot be used twice.
     */
    public boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    public void preferFactor(SecondFactorKind factor) {
        if (factor == SecondFactorKind.TOTP && !hasTotp()) {
            throw new IllegalStateException("An authenticator app is not set up");
        }
        if (factor == SecondFactorKind.RECOVERY_CODE) {
            throw new IllegalArgumentException("Recovery codes are not a usual second factor");
        }
        this.preferredFactor = factor;
    }

    /** Replaces every portal role of the user; a user always keeps at least one. */
    public void replaceRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("A user has at least one role");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    // --- accessors -----------------------------------------------------------------------------------------

    public UserId id() { return id; }
    public Username username() { return username; }
    public String displayName() { return displayName; }
    public EmailAddress email() { return email; }
    public @Nullable Instant emailVerifiedAt() { return emailVerifiedAt; }
    public UserStatus status() { return status; }
    public Instant statusChangedAt() { return statusChangedAt; }
    public @Nullable String passwordHash() { return passwordHash; }
    public @Nullable Instant passwordChangedAt() { return passwordChangedAt; }
    public @Nullable Instant lockedUntil() { return lockedUntil; }
    public Instant failuresCountedFrom() { return failuresCountedFrom; }
    public SecondFactorKind preferredFactor() { return preferredFactor; }
    public byte @Nullable [] totpSecret() { return totpSecret == null ? null : totpSecret.clone(); }
    public @Nullable Instant totpEnrolledAt() { return totpEnrolledAt; }
    public @Nullable Long totpLastStep() { return totpLastStep; }
    public @Nullable Instant lastSignInAt() { return lastSignInAt; }
    public @Nullable String lastSignInAddress() { return lastSignInAddress; }
    public Instant inactivityFrom() { return inactivityFrom; }
    public Instant createdAt() { return createdAt; }
    public Set<Role> roles() { return Set.copyOf(roles); }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank() || newDisplayName.length() > 200) {
            throw new IllegalArgumentException("A display name has 1 to 200 characters");
        }
        this.displayName = newDisplayName.strip();
    }

    @Override
    public String toString() {
        return "PortalUser[" + id + ", " + username + ", " + status + "]";
    }
}
