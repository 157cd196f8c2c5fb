package org.openace.identity.factor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

    /** The SHA-1 secret of RFC 6238 appendix B. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheVectorsOfRfc6238TruncatedToSixDigits() {
        // RFC 6238 gives 8 digits: 94287082, 07081804, 14050471, 89005924, 69279037, 65353130
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
    }

    @Test
    void acceptsOneStepOfDriftEitherSideButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, 1)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, 1)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now, 1)).isEmpty();
    }

    @Test
    void ignoresSpacesAndRefusesNonDigits() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = Totp.codeAt(RFC_SECRET, Totp.stepAt(now));

        assertThat(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, 0)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "12a456", now, 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "", now, 1)).isEmpty();
    }

    @Test
    void base32RoundTrips() {
        byte[] bytes = OneTimeSecrets.randomBytes(Totp.SECRET_BYTES);

        assertThat(Base32.decode(Totp.base32(bytes))).isEqualTo(bytes);
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }
}
