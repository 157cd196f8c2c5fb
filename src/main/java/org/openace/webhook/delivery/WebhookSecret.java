package org.openace.webhook.delivery;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The signing secret of an endpoint: {@code whsec_} followed by 256 random bits in base64url (43 characters). Stored
 * sealed by the field cipher, shown to the owner once, when made; {@link #toString()} never shows it.
 */
final class WebhookSecret {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private WebhookSecret(String value) {
        this.value = value;
    }

    static WebhookSecret random() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return new WebhookSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    static WebhookSecret opened(String value) {
        return new WebhookSecret(value);
    }

    String reveal() {
        return value;
    }

    /** What the pages show to tell secrets apart: the prefix and the first four random characters. */
    String hint() {
        return value.substring(0, PREFIX.length() + 4) + "…";
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
