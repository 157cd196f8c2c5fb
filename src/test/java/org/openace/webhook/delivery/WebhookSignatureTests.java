package org.openace.webhook.delivery;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature scheme of ADR 017 against a vector computed independently (Python's {@code hmac} module:
 * {@code hmac.new(secret, b"1733500000." + body, hashlib.sha256).hexdigest()}), and the receiver's check: the right
 * secret and body within 5 minutes pass; another secret, a changed body, a changed timestamp, or a replay older than
 * 5 minutes do not.
 */
class WebhookSignatureTests {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String BODY = "{\"id\":\"7f6f1c3e\",\"type\":\"webhook.test\"}";
    static final long TIMESTAMP = 1_733_500_000L;
    static final String EXPECTED = "v1=f3bc7e25b0629b944fddca92d12131d19894b9ff73d55a5306861708ee2b209e";

    @Test
    void theSignatureIsTheHexHmacSha256OfTheTimestampAFullStopAndTheBody() {
        assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void aReceiverAcceptsTheRightSignatureWithinFiveMinutes() {
        Instant sent = Instant.ofEpochSecond(TIMESTAMP);
        assertThat(WebhookSignature.verify(SECRET, EXPECTED, "1733500000", BODY, sent)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, EXPECTED, "1733500000", BODY, sent.plusSeconds(300))).isTrue();
        assertThat(WebhookSignature.verify(SECRET, "v0=abc, " + EXPECTED, "1733500000", BODY, sent)).isTrue();
    }

    @Test
    void aReceiverRejectsAnotherSecretAChangedBodyOrTimestampAndAReplay() {
        Instant sent = Instant.ofEpochSecond(TIMESTAMP);
        assertThat(WebhookSignature.verify(SECRET + "x", EXPECTED, "1733500000", BODY, sent)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, EXPECTED, "1733500000", BODY + " ", sent)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, EXPECTED, "1733500001", BODY, sent)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, EXPECTED, "1733500000", BODY, sent.plusSeconds(301)))
                .as("a replay older than five minutes").isFalse();
        assertThat(WebhookSignature.verify(SECRET, EXPECTED, "soon", BODY, sent)).isFalse();
    }
}
