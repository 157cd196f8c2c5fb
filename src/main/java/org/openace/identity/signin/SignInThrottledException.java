package org.openace.identity.signin;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failures came from the client's address: the attempt was refused without being checked. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed attempts from this address");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
