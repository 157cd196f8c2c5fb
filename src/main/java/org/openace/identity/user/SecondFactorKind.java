package org.openace.identity.user;

/** The second factors a user can prove at sign-in, and the authority each one grants. */
public enum SecondFactorKind {
    /** A code e-mailed to the verified address (the default, as ACE does today). */
    EMAIL_CODE("FACTOR_OTT"),
    /** A time-based code from an authenticator app (RFC 6238). */
    TOTP("FACTOR_TOTP"),
    /** A passkey (WebAuthn) with user verification. */
    PASSKEY("FACTOR_WEBAUTHN"),
    /** A single-use recovery code, for when the usual factor is lost. */
    RECOVERY_CODE("FACTOR_RECOVERY_CODE");

    private final String authority;

    SecondFactorKind(String authority) {
        this.authority = authority;
    }

    public String authority() {
        return authority;
    }

    /** The authorities of every second factor: any one of them, with the password, completes a sign-in. */
    public static java.util.List<String> authorities() {
        return java.util.Arrays.stream(values()).map(SecondFactorKind::authority).toList();
    }
}
