package org.openace.identity.admin;

import java.util.Set;

import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.Username;
import org.openace.identity.password.NewPassword;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo users of the demo profile (listed in the README), created once if missing. */
@Component
@Order(10)
@ConditionalOnBooleanProperty("openace.demo.seed")
class DemoUsers implements ApplicationRunner {

    /** The password of every demo user. Demo only: the demo profile must never run in production. */
    static final String DEMO_PASSWORD = "harbor lantern tariff 1842";

    record DemoUser(String username, String name, String email, Role role) {
    }

    static final java.util.List<DemoUser> USERS = java.util.List.of(
            new DemoUser("admin.demo", "Dana Alvarez", "admin.demo@openace.example", Role.ADMINISTRATOR),
            new DemoUser("officer.demo", "Omar Okafor", "officer.demo@openace.example", Role.OFFICER),
            new DemoUser("trade.demo", "Tess Whitford", "trade.demo@openace.example", Role.TRADE),
            new DemoUser("broker.demo", "Bruno Castellanos", "broker.demo@openace.example", Role.TRADE),
            new DemoUser("clerk.demo", "Carla Nguyen", "clerk.demo@openace.example", Role.TRADE),
            new DemoUser("pga.demo", "Priya Gallagher", "pga.demo@openace.example", Role.PGA));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserRegistration registration;
    private final NewPassword newPassword;
    private final PortalUsers users;
    private final TransactionTemplate transaction;

    DemoUsers(UserRegistration registration, NewPassword newPassword, PortalUsers users, TransactionTemplate transaction) {
        this.registration = registration;
        this.newPassword = newPassword;
        this.users = users;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demo : USERS) {
            Username username = new Username(demo.username());
            if (users.existsByUsername(username)) {
                continue;
            }
            transaction.executeWithoutResult(status -> registration
                    .register(username, demo.name(), new EmailAddress(demo.email()), Set.of(demo.role()))
                    .user().ifPresent(user -> newPassword.set(user, DEMO_PASSWORD).ifPresent(violation -> {
                        throw new IllegalStateException("The demo password breaks " + violation.code());
                    })));
            log.info("Demo user {} created", demo.username());
        }
    }
}
