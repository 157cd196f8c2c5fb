package org.openace.identity.user;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.UserId;
import org.openace.identity.Username;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates users. The new user has no password until they set one through the e-mailed link (or the command line). */
@Component
public class UserRegistration {

    /** Why a user could not be created. */
    public enum Refusal { USERNAME_TAKEN }

    private final PortalUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    UserRegistration(PortalUsers users, AuditTrail audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The new user, or why not. */
    public record Result(Optional<PortalUser> user, Optional<Refusal> refusal) {
    }

    @Transactional
    public Result register(Username username, String displayName, EmailAddress email, Set<Role> roles) {
        if (users.existsByUsername(username)) {
            return new Result(Optional.empty(), Optional.of(Refusal.USERNAME_TAKEN));
        }
        PortalUser user = PortalUser.register(username, displayName, email, roles, clock.instant());
        users.insert(user);
        audit.record(AuditRecord.of("USER_CREATED", AuditOutcome.SUCCESS).object("USER", user.id())
                .detail("username", username).detail("roles", roles));
        return new Result(Optional.of(user), Optional.empty());
    }

    public Optional<PortalUser> find(UserId id) {
        return users.findById(id);
    }
}
