package org.openace.identity.settings;

import java.util.List;
import java.util.Optional;

import org.openace.identity.CurrentUser;
import org.openace.identity.SignInRequirement;
import org.openace.identity.user.PortalUsers;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** P4: a current, verified e-mail address is mandatory; a user without one verifies it right after sign-in. */
@Component
@Order(10)
class EmailVerificationRequirement implements SignInRequirement {

    private final PortalUsers users;

    EmailVerificationRequirement(PortalUsers users) {
        this.users = users;
    }

    @Override
    public Optional<String> pendingStep(CurrentUser user) {
        return users.findById(user.id()).filter(u -> !u.isEmailVerified()).map(u -> "/account/email/verify");
    }

    @Override
    public List<String> stepPaths() {
        return List.of("/account/email");
    }
}
