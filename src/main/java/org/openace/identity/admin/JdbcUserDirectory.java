package org.openace.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import java.util.Set;

import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.UserDeactivated;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.openace.identity.Username;
import org.openace.identity.recovery.AdministratorResetLink;
import org.openace.identity.recovery.FirstPasswordInvitation;
import org.openace.identity.session.SessionTerminator;
import org.openace.identity.user.InactivityProperties;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserSearch;
import org.openace.identity.user.UserRegistration;
import org.openace.identity.user.UserStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link UserDirectory} on the identity module's own use cases and repository. */
@Component
class JdbcUserDirectory implements UserDirectory {

    private final PortalUsers users;
    private final UserRegistration registration;
    private final FirstPasswordInvitation invitation;
    private final AdministratorResetLink resetLink;
    private final SessionTerminator sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final InactivityProperties inactivity;

    JdbcUserDirectory(PortalUsers users, UserRegistration registration, FirstPasswordInvitation invitation,
                      AdministratorResetLink resetLink, SessionTerminator sessions, ApplicationEventPublisher events,
                      Clock clock, JdbcClient jdbc, InactivityProperties inactivity) {
        this.jdbc = jdbc;
        this.inactivity = inactivity;
        this.users = users;
        this.registration = registration;
        this.invitation = invitation;
        this.resetLink = resetLink;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<UserSummary> find(UserId id) {
        return users.findById(id).map(this::summary);
    }

    @Override
    public Map<UserId, Instant> inactivityDeadlines(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UserId, Instant> deadlines = new HashMap<>();
        jdbc.sql("select id, inactivity_from from app_user where status = 'ACTIVE' and id = any(?)")
                .param(ids.stream().map(UserId::value).toArray(UUID[]::new))
                .query(rs -> {
                    deadlines.put(new UserId(rs.getObject(1, UUID.class)),
                            rs.getTimestamp(2).toInstant().plus(inactivity.limit()));
                });
        return deadlines;
    }

    @Override
    public Optional<UserSummary> findByUsername(Username username) {
        return users.findByUsername(username).map(this::summary);
    }

    @Override
    public List<UserSummary> withRole(Role role) {
        return users.search(new UserSearch(null, null, null, role), 0, Integer.MAX_VALUE).stream()
                .map(this::summary).toList();
    }

    @Override
    @Transactional
    public UserSummary createAndInvite(Username username, String displayName, EmailAddress email, Set<Role> roles,
                                       String context) {
        UserRegistration.Result result = registration.register(username, displayName, email, roles);
        PortalUser user = result.user().orElseThrow(UsernameTakenException::new);
        invitation.send(user, context);
        return summary(user);
    }

    @Override
    @Transactional
    public boolean unlock(UserId id) {
        PortalUser user = users.findByIdForUpdate(id).orElseThrow();
        if (!user.isLockedAt(clock.instant())) {
            return false;
        }
        user.unlock(clock.instant());
        users.update(user);
        return true;
    }

    @Override
    @Transactional
    public boolean sendPasswordLink(UserId id) {
        PortalUser user = users.findById(id).orElseThrow();
        if (user.status() != UserStatus.ACTIVE) {
            return false;
        }
        if (!user.hasPassword()) {
            invitation.send(user, "your account owner sent you a new link");
            return true;
        }
        if (!resetLink.allowedNow(user)) {
            return false;
        }
        resetLink.send(user);
        return true;
    }

    @Override
    @Transactional
    public boolean deactivate(UserId id) {
        PortalUser user = users.findByIdForUpdate(id).orElseThrow();
        if (user.status() == UserStatus.DEACTIVATED) {
            return false;
        }
        user.deactivate(clock.instant());
        users.update(user);
        events.publishEvent(new UserDeactivated(id));
        sessions.endAllSessionsOf(user.username());
        return true;
    }

    @Override
    @Transactional
    public boolean reactivate(UserId id) {
        PortalUser user = users.findByIdForUpdate(id).orElseThrow();
        if (user.status() == UserStatus.ACTIVE) {
            return false;
        }
        user.reactivate(clock.instant());
        users.update(user);
        return true;
    }

    @Override
    public void endSessions(UserId id) {
        users.findById(id).ifPresent(user -> sessions.endAllSessionsOf(user.username()));
    }

    private UserSummary summary(PortalUser user) {
        return new UserSummary(user.id(), user.username(), user.displayName(), user.email(), user.roles(),
                user.status().name(), user.isLockedAt(clock.instant()), user.isEmailVerified(), user.lastSignInAt());
    }
}
