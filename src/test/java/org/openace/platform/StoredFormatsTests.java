package org.openace.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known answers for what the portal stores and must read back forever: a field ciphertext written by this code with
 * fixed keys, its envelope layout, the look-up digest and the key file. A change that would make stored rows or an
 * existing key file unreadable fails here; a deliberate format change needs a new version byte and a migration path,
 * never a new expected value.
 */
class StoredFormatsTests {

    /** Key bytes start, start+1, ..., start+31: fixed, and obviously not a real key. */
    static SecretKey key(int start) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (start + i);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    static final KeyRing KEYS = new KeyRing(Map.of("k1", key(0x00), "2026-01", key(0x40)), "2026-01", key(0x20),
            key(0x60));

    static final FieldCipher.Binding ROW = new FieldCipher.Binding("trade_account", "tax_id",
            "00000000-0000-0000-0000-000000000001");

    /** Written on 2026-12-06 by {@code FieldCipher.encrypt("123-45-6789", ROW)} with key "2026-01". */
    static final String STORED = "0107323032362d3031b719901e46e0cf41c4efd55d69ed81b0db910f9897517ffc94c05a69c3f444"
            + "b3571e1d8f4875d0";

    @Test
    void aFieldCiphertextWrittenBeforeStillDecryptsToItsPlaintext() {
        byte[] stored = HexFormat.of().parseHex(STORED);

        assertThat(new FieldCipher(KEYS).decrypt(stored, ROW)).isEqualTo("123-45-6789");
        assertThat(new FieldCipher(KEYS).keyIdOf(stored)).isEqualTo("2026-01");
    }

    @Test
    void theEnvelopeIsVersionKeyIdNonceAndCiphertextWithTag() {
        FieldCipher cipher = new FieldCipher(KEYS);
        byte[] written = cipher.encrypt("123-45-6789", ROW);
        for (byte[] stored : new byte[][] {written, HexFormat.of().parseHex(STORED)}) {
            ByteBuffer envelope = ByteBuffer.wrap(stored);
            assertThat(envelope.get()).as("version").isEqualTo((byte) 1);
            byte[] keyId = new byte[envelope.get()];
            envelope.get(keyId);
            assertThat(new String(keyId, StandardCharsets.US_ASCII)).as("key id").isEqualTo("2026-01");
            byte[] nonce = new byte[12];
            envelope.get(nonce);
            assertThat(envelope.remaining()).as("ciphertext and 16-byte tag")
                    .isEqualTo("123-45-6789".getBytes(StandardCharsets.UTF_8).length + 16);
        }
        assertThat(written).as("a fresh nonce each time").isNotEqualTo(cipher.encrypt("123-45-6789", ROW));
    }

    @Test
    void theLookUpDigestOfAFixedKeyAndInputIsAKnownValue() {
        byte[] digest = new FieldCipher(KEYS).lookupDigest("tax-identifier", "SSN:123456789");

        assertThat(HexFormat.of().formatHex(digest))
                .isEqualTo("944ce8223086d77552cb0d7fe6bf4711511eb225b95c7f681d83e2995171bf32");
    }

    @Test
    void aKeyFileWrittenBeforeStillGivesTheSameKeys(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("openace.keys");
        Files.writeString(file, """
                #OpenACE keys. Keep this file secret and backed up apart from the database.
                active-field-key=2026-01
                audit=YGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn8\\=
                field.2026-01=QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8\\=
                field.k1=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8\\=
                lookup=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8\\=
                """);
        KeyRing read = new KeyRingConfiguration().keyRing(
                new KeyRingProperties(file, false, Map.of(), null, null, null));
        FieldCipher cipher = new FieldCipher(read);

        assertThat(read.activeFieldKeyId()).isEqualTo("2026-01");
        assertThat(read.fieldKeyIds()).containsExactlyInAnyOrder("k1", "2026-01");
        assertThat(cipher.decrypt(HexFormat.of().parseHex(STORED), ROW)).isEqualTo("123-45-6789");
        assertThat(HexFormat.of().formatHex(cipher.lookupDigest("tax-identifier", "SSN:123456789")))
                .isEqualTo("944ce8223086d77552cb0d7fe6bf4711511eb225b95c7f681d83e2995171bf32");
        assertThat(read.auditKey().getEncoded()).isEqualTo(key(0x60).getEncoded());
    }
}
