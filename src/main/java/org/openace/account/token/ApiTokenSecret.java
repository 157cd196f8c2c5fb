package org.openace.account.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of an API token: {@code oat_} followed by 256 random bits in base64url (43 characters), so that it is
 * recognisable in a configuration file or a secret scanner. Only its SHA-256 digest is stored; a secret that is
 * not of this form is never looked up. {@link #toString()} never shows it.
 */
final class ApiTokenSecret {

    static final String PREFIX = "oat_";
    private static final Pattern FORM = Pattern.compile("oat_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ApiTokenSecret(String value) {
        this.value = value;
    }

    static ApiTokenSecret random() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return new ApiTokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /** A secret as a client sent it, if it has the form of one. */
    static Optional<ApiTokenSecret> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new ApiTokenSecret(text)) : Optional.empty();
    }

    /** The secret itself, to show once when it is issued. */
    String reveal() {
        return value;
    }

    /** What the list shows to tell tokens apart: the prefix and the first four characters of the random part. */
    String hint() {
        return value.substring(0, PREFIX.length() + 4) + "…";
    }

    byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "ApiTokenSecret[hidden]";
    }
}
