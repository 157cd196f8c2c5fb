package org.openace.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.identity.CurrentUser;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.Username;
import org.openace.identity.session.SessionTerminator;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserStatus;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The rules that keep the portal administrable: the last active administrator keeps the role and stays active,
 * whoever asks; the check is serialized only when a change could remove an administrator.
 */
class AdministratorSafeguardsTests {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final PortalUsers users = mock(PortalUsers.class);
    private final SessionTerminator sessions = mock(SessionTerminator.class);
    private final List<AuditRecord> audited = new ArrayList<>();
    private final List<Object> published = new ArrayList<>();
    private final TransactionTemplate transaction = new TransactionTemplate(new NoTransactions());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final PortalUser acting = user("acting.admin", Role.ADMINISTRATOR);
    private final CurrentUser admin = acting.toCurrentUser();
    private ChangeRoles changeRoles;
    private DeactivateUser deactivateUser;

    @BeforeEach
    void useCases() {
        changeRoles = new ChangeRoles(users, sessions, audited::add, transaction);
        deactivateUser = new DeactivateUser(users, sessions, audited::add, transaction, published::add, clock);
    }

    @Test
    void theLastActiveAdministratorKeepsTheAdministratorRole() {
        PortalUser target = known(user("other.admin", Role.ADMINISTRATOR));
        when(users.countActiveWithRoleOtherThan(Role.ADMINISTRATOR, target.id())).thenReturn(0L);

        ActionOutcome outcome = changeRoles.change(admin, target.id(), Set.of(Role.OFFICER));

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("LAST_ADMINISTRATOR"));
        verify(users).lockAdministratorChanges();
        verify(users, never()).update(any());
        verify(sessions, never()).endAllSessionsOf(any());
        assertThat(published).isEmpty();
        assertThat(target.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(audited).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(AuditOutcome.DENIED));
    }

    @Test
    void anAdministratorRoleCanBeRemovedWhileAnotherActiveAdministratorRemains() {
        PortalUser target = known(user("other.admin", Role.ADMINISTRATOR));
        when(users.countActiveWithRoleOtherThan(Role.ADMINISTRATOR, target.id())).thenReturn(1L);

        ActionOutcome outcome = changeRoles.change(admin, target.id(), Set.of(Role.OFFICER));

        assertThat(outcome).isInstanceOf(ActionOutcome.Done.class);
        verify(users).lockAdministratorChanges();
        verify(users).update(target);
        verify(sessions).endAllSessionsOf(target.username());
        assertThat(target.roles()).containsExactly(Role.OFFICER);
        assertThat(audited).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(r.details()).containsEntry("from", "ADMINISTRATOR").containsEntry("to", "OFFICER");
        });
    }

    @Test
    void changingRolesThatDoNotRemoveAnAdministratorTakesNoAdministratorLock() {
        PortalUser target = known(user("trader", Role.TRADE));

        ActionOutcome outcome = changeRoles.change(admin, target.id(), Set.of(Role.TRADE, Role.PGA));

        assertThat(outcome).isInstanceOf(ActionOutcome.Done.class);
        verify(users, never()).lockAdministratorChanges();
        assertThat(target.roles()).containsExactlyInAnyOrder(Role.TRADE, Role.PGA);
    }

    @Test
    void theLastActiveAdministratorIsNotDeactivated() {
        PortalUser target = known(user("other.admin", Role.ADMINISTRATOR));
        when(users.countActiveWithRoleOtherThan(Role.ADMINISTRATOR, target.id())).thenReturn(0L);

        ActionOutcome outcome = deactivateUser.deactivate(admin, target.id());

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("LAST_ADMINISTRATOR"));
        assertThat(target.status()).isEqualTo(UserStatus.ACTIVE);
        verify(users, never()).update(any());
        verify(sessions, never()).endAllSessionsOf(any());
    }

    @Test
    void deactivatingAnotherAdministratorEndsTheirSessionsAfterTheChange() {
        PortalUser target = known(user("other.admin", Role.ADMINISTRATOR));
        when(users.countActiveWithRoleOtherThan(Role.ADMINISTRATOR, target.id())).thenReturn(1L);
        when(sessions.endAllSessionsOf(target.username())).thenReturn(2);

        ActionOutcome outcome = deactivateUser.deactivate(admin, target.id());

        assertThat(outcome.message()).contains("is deactivated", "Their 2 open sessions were ended.");
        assertThat(target.status()).isEqualTo(UserStatus.DEACTIVATED);
        assertThat(target.statusChangedAt()).isEqualTo(NOW);
        verify(users).update(target);
        assertThat(published).containsExactly(new org.openace.identity.UserDeactivated(target.id()));
    }

    @Test
    void anAdministratorCannotDeactivateThemselfWhateverElseIsTrue() {
        known(acting);

        ActionOutcome outcome = deactivateUser.deactivate(admin, acting.id());

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("SELF"));
        assertThat(acting.status()).isEqualTo(UserStatus.ACTIVE);
        verify(users, never()).findByIdForUpdate(any());
    }

    private PortalUser known(PortalUser user) {
        when(users.findById(user.id())).thenReturn(Optional.of(user));
        when(users.findByIdForUpdate(user.id())).thenReturn(Optional.of(user));
        return user;
    }

    private static PortalUser user(String username, Role role) {
        return PortalUser.register(new Username(username), "Some One", new EmailAddress(username + "@example.com"),
                Set.of(role), NOW.minusSeconds(3600));
    }

    /** Runs the callbacks of a {@link TransactionTemplate} without a database. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
