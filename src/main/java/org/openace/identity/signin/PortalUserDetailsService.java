package org.openace.identity.signin;

import java.time.Clock;

import org.openace.identity.Username;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks users up for Spring Security's passkey sign-in, refusing users who may not sign in now (inactive or
 * locked) with the same exceptions as the password step.
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private final PortalUsers users;
    private final Clock clock;

    PortalUserDetailsService(PortalUsers users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PortalUser user = Username.parse(username).flatMap(users::findByUsername)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        if (!user.mayAttemptSignIn()) {
            throw new InactiveUserException(user.status());
        }
        if (user.isLockedAt(clock.instant())) {
            throw new LockedException("Locked");
        }
        return user.toCurrentUser();
    }
}
