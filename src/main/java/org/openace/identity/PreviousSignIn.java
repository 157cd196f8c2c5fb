package org.openace.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The user's sign-in before the current one, shown after sign-in so that a user notices a sign-in that was not
 * theirs.
 *
 * @param at            when
 * @param clientAddress from where
 */
public record PreviousSignIn(Instant at, String clientAddress) implements Serializable {

    static final String ATTRIBUTE = PreviousSignIn.class.getName();

    public static Optional<PreviousSignIn> of(HttpSession session) {
        return Optional.ofNullable((PreviousSignIn) session.getAttribute(ATTRIBUTE));
    }

    public void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
