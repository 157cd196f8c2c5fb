package org.openace.identity.user;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.Username;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PortalUserTests {

    private static final Instant CREATED = Instant.parse("2025-03-01T08:00:00Z");
    private static final Duration LIMIT = Duration.ofDays(45);

    private static PortalUser newUser() {
        return PortalUser.register(new Username("jane.doe"), "Jane Doe", new EmailAddress("jane@example.com"),
                Set.of(Role.TRADE), CREATED);
    }

    // --- registration ----------------------------------------------------------------------------------------

    @Test
    void aNewUserIsActiveWithoutPasswordAndWithTheInactivityClockStartedAtCreation() {
        PortalUser user = newUser();

        assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.hasPassword()).isFalse();
        assertThat(user.isEmailVerified()).isFalse();
        assertThat(user.inactivityFrom()).isEqualTo(CREATED);
        assertThat(user.createdAt()).isEqualTo(CREATED);
        assertThat(user.preferredFactor()).isEqualTo(SecondFactorKind.EMAIL_CODE);
        assertThat(user.mayAttemptSignIn()).isTrue();
    }

    @Test
    void aBlankOrOverlongNameIsRefusedAtRegistration() {
        assertThatIllegalArgumentException().isThrownBy(() -> PortalUser.register(new Username("jane.doe"), "  ",
                new EmailAddress("jane@example.com"), Set.of(Role.TRADE), CREATED));
        assertThatIllegalArgumentException().isThrownBy(() -> PortalUser.register(new Username("jane.doe"),
                "x".repeat(201), new EmailAddress("jane@example.com"), Set.of(Role.TRADE), CREATED));
    }

    // --- lock ------------------------------------------------------------------------------------------------

    @Test
    void aLockHoldsUntilItsEndAndNotAtTheEndItself() {
        PortalUser user = newUser();
        Instant until = CREATED.plus(Duration.ofMinutes(30));

        user.lockUntil(until);

        assertThat(user.isLockedAt(CREATED)).isTrue();
        assertThat(user.isLockedAt(until.minusNanos(1000))).isTrue();
        assertThat(user.isLockedAt(until)).isFalse();
        assertThat(user.isLockedAt(until.plusSeconds(1))).isFalse();
    }

    @Test
    void unlockingEndsTheLockAtOnceAndCountsFailuresFromThen() {
        PortalUser user = newUser();
        user.lockUntil(CREATED.plus(Duration.ofMinutes(30)));
        Instant unlockedAt = CREATED.plus(Duration.ofMinutes(5));

        user.unlock(unlockedAt);

        assertThat(user.isLockedAt(unlockedAt)).isFalse();
        assertThat(user.lockedUntil()).isNull();
        assertThat(user.failuresCountedFrom()).isEqualTo(unlockedAt);
    }

    @Test
    void aUserWhoWasNeverLockedIsNotLocked() {
        assertThat(newUser().isLockedAt(CREATED)).isFalse();
    }

    // --- deactivation and reactivation -----------------------------------------------------------------------

    @Test
    void deactivationStopsSignInAndRecordsWhen() {
        PortalUser user = newUser();
        Instant at = CREATED.plus(Duration.ofDays(2));

        user.deactivate(at);

        assertThat(user.status()).isEqualTo(UserStatus.DEACTIVATED);
        assertThat(user.statusChangedAt()).isEqualTo(at);
        assertThat(user.mayAttemptSignIn()).isFalse();
    }

    @Test
    void deactivatingTwiceIsRefused() {
        PortalUser user = newUser();
        user.deactivate(CREATED.plusSeconds(60));

        assertThatIllegalStateException().isThrownBy(() -> user.deactivate(CREATED.plusSeconds(120)));
        assertThat(user.statusChangedAt()).isEqualTo(CREATED.plusSeconds(60));
    }

    @Test
    void aUserDisabledForInactivityCanStillBeDeactivated() {
        PortalUser user = newUser();
        user.disableForInactivity(CREATED.plus(Duration.ofDays(46)));

        user.deactivate(CREATED.plus(Duration.ofDays(47)));

        assertThat(user.status()).isEqualTo(UserStatus.DEACTIVATED);
    }

    @Test
    void reactivatingAnActiveUserIsRefused() {
        PortalUser user = newUser();

        assertThatIllegalStateException().isThrownBy(() -> user.reactivate(CREATED.plusSeconds(1)));
        assertThat(user.statusChangedAt()).isEqualTo(CREATED);
    }

    @Test
    void reactivationRestoresSignInRestartsTheInactivityClockAndLiftsALock() {
        PortalUser user = newUser();
        user.lockUntil(CREATED.plus(Duration.ofDays(3)));
        user.deactivate(CREATED.plus(Duration.ofDays(1)));
        Instant at = CREATED.plus(Duration.ofDays(2));

        user.reactivate(at);

        assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.statusChangedAt()).isEqualTo(at);
        assertThat(user.inactivityFrom()).isEqualTo(at);
        assertThat(user.isLockedAt(at)).isFalse();
        assertThat(user.failuresCountedFrom()).isEqualTo(at);
        assertThat(user.mayAttemptSignIn()).isTrue();
    }

    @Test
    void reactivatingAUserDisabledForInactivityRestartsTheClockFromTheReactivation() {
        PortalUser user = newUser();
        Instant disabledAt = CREATED.plus(LIMIT).plusSeconds(1);
        user.disableForInactivity(disabledAt);
        Instant reactivatedAt = disabledAt.plus(Duration.ofDays(10));

        user.reactivate(reactivatedAt);

        assertThat(user.isInactiveLongerThan(LIMIT, reactivatedAt.plus(LIMIT))).isFalse();
        assertThat(user.isInactiveLongerThan(LIMIT, reactivatedAt.plus(LIMIT).plusSeconds(1))).isTrue();
    }

    // --- inactivity ------------------------------------------------------------------------------------------

    @Test
    void aUserIsNotInactiveAtExactlyTheLimit() {
        assertThat(newUser().isInactiveLongerThan(LIMIT, CREATED.plus(LIMIT))).isFalse();
    }

    @Test
    void aUserIsInactiveOneSecondAfterTheLimit() {
        assertThat(newUser().isInactiveLongerThan(LIMIT, CREATED.plus(LIMIT).plusSeconds(1))).isTrue();
    }

    @Test
    void aSignInRestartsTheInactivityClockAndForgetsEarlierFailures() {
        PortalUser user = newUser();
        Instant signedIn = CREATED.plus(Duration.ofDays(40));

        user.recordSignIn(signedIn, "192.0.2.10");

        assertThat(user.inactivityFrom()).isEqualTo(signedIn);
        assertThat(user.failuresCountedFrom()).isEqualTo(signedIn);
        assertThat(user.lastSignInAt()).isEqualTo(signedIn);
        assertThat(user.lastSignInAddress()).isEqualTo("192.0.2.10");
        assertThat(user.isInactiveLongerThan(LIMIT, CREATED.plus(LIMIT).plusSeconds(1))).isFalse();
    }

    @Test
    void disablingForInactivityStopsSignInAndIsNotRepeated() {
        PortalUser user = newUser();
        Instant at = CREATED.plus(LIMIT).plusSeconds(1);

        user.disableForInactivity(at);

        assertThat(user.status()).isEqualTo(UserStatus.DISABLED);
        assertThat(user.statusChangedAt()).isEqualTo(at);
        assertThat(user.mayAttemptSignIn()).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> user.disableForInactivity(at.plusSeconds(60)));
    }

    @Test
    void onlyActiveUsersCountAsInactive() {
        PortalUser deactivated = newUser();
        deactivated.deactivate(CREATED.plusSeconds(1));
        PortalUser disabled = newUser();
        disabled.disableForInactivity(CREATED.plus(LIMIT).plusSeconds(1));

        Instant muchLater = CREATED.plus(Duration.ofDays(400));
        assertThat(deactivated.isInactiveLongerThan(LIMIT, muchLater)).isFalse();
        assertThat(disabled.isInactiveLongerThan(LIMIT, muchLater)).isFalse();
    }

    @Test
    void anInactiveUserCannotRecordASignIn() {
        PortalUser user = newUser();
        user.deactivate(CREATED.plusSeconds(1));

        assertThatIllegalStateException().isThrownBy(() -> user.recordSignIn(CREATED.plusSeconds(2), "192.0.2.10"));
        assertThat(user.lastSignInAt()).isNull();
    }

    // --- roles -----------------------------------------------------------------------------------------------

    @Test
    void rolesAreReplacedAsAWhole() {
        PortalUser user = newUser();

        user.replaceRoles(EnumSet.of(Role.OFFICER, Role.ADMINISTRATOR));

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.ADMINISTRATOR);
        assertThat(user.toCurrentUser().roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.ADMINISTRATOR);
    }

    @Test
    void removingEveryRoleIsRefused() {
        PortalUser user = newUser();

        assertThatIllegalArgumentException().isThrownBy(() -> user.replaceRoles(Set.of()));
        assertThat(user.roles()).containsExactly(Role.TRADE);
    }

    // --- second factors --------------------------------------------------------------------------------------

    @Test
    void removingTheAuthenticatorAppFallsBackToEmailedCodes() {
        PortalUser user = newUser();
        user.enrollTotp(new byte[] {1, 2, 3}, CREATED.plusSeconds(10));
        assertThat(user.preferredFactor()).isEqualTo(SecondFactorKind.TOTP);

        user.removeTotp();

        assertThat(user.hasTotp()).isFalse();
        assertThat(user.preferredFactor()).isEqualTo(SecondFactorKind.EMAIL_CODE);
    }

    @Test
    void preferringAnAuthenticatorAppThatIsNotSetUpIsRefused() {
        PortalUser user = newUser();

        assertThatIllegalStateException().isThrownBy(() -> user.preferFactor(SecondFactorKind.TOTP));
        assertThat(user.preferredFactor()).isEqualTo(SecondFactorKind.EMAIL_CODE);
    }

    @Test
    void aTotpStepIsAcceptedOnceAndNoEarlierStepAfterIt() {
        PortalUser user = newUser();
        user.enrollTotp(new byte[] {1}, CREATED);

        assertThat(user.acceptTotpStep(100)).isTrue();
        assertThat(user.acceptTotpStep(100)).isFalse();
        assertThat(user.acceptTotpStep(99)).isFalse();
        assertThat(user.acceptTotpStep(101)).isTrue();
    }
}
