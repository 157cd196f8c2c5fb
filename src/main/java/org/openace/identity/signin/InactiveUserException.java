package org.openace.identity.signin;

import org.openace.identity.user.UserStatus;
import org.springframework.security.authentication.DisabledException;

/** The right password of a disabled or deactivated user. */
public class InactiveUserException extends DisabledException {

    private final UserStatus status;

    public InactiveUserException(UserStatus status) {
        super("The user is not active");
        this.status = status;
    }

    public UserStatus status() {
        return status;
    }
}
