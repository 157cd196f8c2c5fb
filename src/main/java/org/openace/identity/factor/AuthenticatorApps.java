package org.openace.identity.factor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalLong;

import org.openace.identity.UserId;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.platform.FieldCipher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authenticator apps (TOTP): enrollment with a confirming code, and verification that accepts each code once.
 * The shared secret is stored encrypted, bound to its user's row.
 */
@Component
public class AuthenticatorApps {

    private final PortalUsers users;
    private final FieldCipher cipher;
    private final FactorProperties properties;
    private final SecurityNoticeMail notices;
    private final Clock clock;

    AuthenticatorApps(PortalUsers users, FieldCipher cipher, FactorProperties properties, SecurityNoticeMail notices,
                      Clock clock) {
        this.users = users;
        this.cipher = cipher;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock;
    }

    /** A new secret for an enrollment in progress, encrypted for the user's session (never kept in plain text). */
    public byte[] newPendingSecret(UserId user) {
        return cipher.encrypt(Totp.base32(OneTimeSecrets.randomBytes(Totp.SECRET_BYTES)), pendingBinding(user));
    }

    /** The secret of an enrollment in progress in base32, to show (as text and QR code) to the user. */
    public String pendingSecretText(UserId user, byte[] pending) {
        return cipher.decrypt(pending, pendingBinding(user));
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
    public String provisioningUri(String username, String secretBase32) {
        String issuer = properties.totpIssuer();
        String label = URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secretBase32 + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /** Completes an enrollment if the typed code matches the pending secret, and tells the user by e-mail. */
    @Transactional
    public boolean confirm(UserId userId, byte[] pending, String typedCode) {
        String secret = pendingSecretText(userId, pending);
        byte[] raw = Base32.decode(secret);
        OptionalLong step = Totp.matchingStep(raw, typedCode, clock.instant(), properties.totpDriftSteps());
        if (step.isEmpty()) {
            return false;
        }
        PortalUser user = users.findByIdForUpdate(userId).orElseThrow();
        user.enrollTotp(cipher.encrypt(secret, storedBinding(userId)), clock.instant());
        user.acceptTotpStep(step.getAsLong());
        users.update(user);
        notices.authenticatorAppAdded(userId);
        return true;
    }

    /** Checks a code from the user's app; a code (and any older one) is accepted once only. */
    @Transactional
    public boolean verify(UserId userId, String typedCode) {
        PortalUser user = users.findByIdForUpdate(userId).orElseThrow();
        byte[] stored = user.totpSecret();
        if (stored == null) {
            return false;
        }
        byte[] raw = Base32.decode(cipher.decrypt(stored, storedBinding(userId)));
        OptionalLong step = Totp.matchingStep(raw, typedCode, clock.instant(), properties.totpDriftSteps());
        if (step.isEmpty() || !user.acceptTotpStep(step.getAsLong())) {
            return false;
        }
        users.update(user);
        return true;
    }

    @Transactional
    public void remove(UserId userId) {
        PortalUser user = users.findByIdForUpdate(userId).orElseThrow();
        user.removeTotp();
        users.update(user);
    }

    private static FieldCipher.Binding storedBinding(UserId user) {
        return new FieldCipher.Binding("app_user", "totp_secret", user.toString());
    }

    private static FieldCipher.Binding pendingBinding(UserId user) {
        return new FieldCipher.Binding("session", "totp_pending", user.toString());
    }
}
