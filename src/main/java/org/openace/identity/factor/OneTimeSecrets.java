package org.openace.identity.factor;

import java.security.SecureRandom;
import java.util.Base64;

/** Random one-time values: numeric codes, recovery codes and link tokens, from one strong generator. */
public final class OneTimeSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford-style base32 without look-alike characters (no I, L, O, U). */
    private static final char[] RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private OneTimeSecrets() {
    }

    /** A code of {@code digits} decimal digits, uniformly drawn. */
    public static String numericCode(int digits) {
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    /** A recovery code: 10 base32 characters (50 bits) shown as two groups of five, e.g. {@code 7K2QF-M9XZA}. */
    public static String recoveryCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A link token of 256 random bits, URL-safe. */
    public static String linkToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Normalizes a typed code: spaces and hyphens removed, upper case. */
    public static String normalizeTyped(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
