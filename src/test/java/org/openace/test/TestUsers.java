package org.openace.test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.Username;
import org.openace.identity.password.NewPassword;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserRegistration;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes users with unique IDs and e-mail addresses for a test. */
public final class TestUsers {

    /**
     * The password every test user gets, unless a test sets another. No digits: the numbers in generated user IDs
     * and names must never be words of the password.
     */
    public static final String PASSWORD = "violet canyon orbit tundra";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final UserRegistration registration;
    private final NewPassword newPassword;
    private final PortalUsers users;
    private final TransactionTemplate transaction;

    TestUsers(UserRegistration registration, NewPassword newPassword, PortalUsers users, TransactionTemplate transaction) {
        this.registration = registration;
        this.newPassword = newPassword;
        this.users = users;
        this.transaction = transaction;
    }

    /** A new active user with the standard test password and the given roles. */
    public PortalUser create(String prefix, Role... roles) {
        String username = prefix + "." + RUN + "." + SEQUENCE.incrementAndGet();
        return transaction.execute(status -> {
            PortalUser user = registration.register(new Username(username), "Test User " + SEQUENCE.get(),
                    new EmailAddress(username + "@openace.test"), Set.of(roles)).user().orElseThrow();
            newPassword.set(user, PASSWORD).ifPresent(v -> {
                throw new IllegalStateException(v.code());
            });
            return user;
        });
    }

    /** A new user without a password (as after an invitation). */
    public PortalUser createWithoutPassword(String prefix, Role... roles) {
        String username = prefix + "." + RUN + "." + SEQUENCE.incrementAndGet();
        return registration.register(new Username(username), "Test User " + SEQUENCE.get(),
                new EmailAddress(username + "@openace.test"), Set.of(roles)).user().orElseThrow();
    }

    public PortalUser reload(PortalUser user) {
        return users.findById(user.id()).orElseThrow();
    }
}
