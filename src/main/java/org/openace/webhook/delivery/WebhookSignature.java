package org.openace.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery (ADR 017): {@code v1=} followed by the lower-case hex HMAC-SHA256, keyed with the
 * endpoint's secret (its text as UTF-8, {@code whsec_} prefix included), of the timestamp (Unix seconds, as sent in
 * {@code OpenACE-Webhook-Timestamp}), a full stop, and the body exactly as sent. A receiver computes the same over
 * what it received, compares in constant time, and rejects a timestamp more than {@link #TOLERANCE} from its clock
 * (a replay). During a secret rotation a receiver may try the new secret and then the old one.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "OpenACE-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "OpenACE-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "OpenACE-Webhook-Signature";
    public static final String EVENT_HEADER = "OpenACE-Webhook-Event";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    /** The value of {@code OpenACE-Webhook-Signature} for this secret, timestamp and body. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * What a receiver does: true if the signature header carries a {@code v1=} signature of this timestamp and body
     * with the secret, and the timestamp is within {@link #TOLERANCE} of {@code now} (either way).
     */
    public static boolean verify(String secret, String signatureHeader, String timestampHeader, String body,
                                 Instant now) {
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        }
        catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String part : signatureHeader.split(",")) {
            if (MessageDigest.isEqual(expected, part.trim().getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }
}
