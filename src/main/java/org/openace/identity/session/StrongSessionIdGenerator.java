package org.openace.identity.session;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.session.SessionIdGenerator;
import org.springframework.stereotype.Component;

/** Session ids of 256 random bits (a UUID carries only 122), URL-safe base64: 43 characters. */
@Component
class StrongSessionIdGenerator implements SessionIdGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
