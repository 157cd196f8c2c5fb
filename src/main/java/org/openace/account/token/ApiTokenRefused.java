package org.openace.account.token;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/**
 * An API token that does not authenticate, with the problem code the client gets: {@code TOKEN_INVALID} (malformed,
 * or no such token: the answer does not tell a mistyped token from one that never existed), {@code TOKEN_EXPIRED}
 * and {@code TOKEN_REVOKED} (a real token, which only its holder can present, so saying so reveals nothing new;
 * also for a token whose sub-account is closed or no longer holds the filer code).
 */
final class ApiTokenRefused extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    enum Reason {
        TOKEN_INVALID("The API token is not valid."),
        TOKEN_EXPIRED("The API token has expired. Ask an owner of the account for a new one."),
        TOKEN_REVOKED("The API token has been revoked or its sub-account can no longer file. Ask an owner of the "
                + "account for a new one.");

        private final String detail;

        Reason(String detail) {
            this.detail = detail;
        }

        String detail() {
            return detail;
        }
    }

    private final Reason reason;

    ApiTokenRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
