package org.openace.platform;

import java.security.SecureRandom;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTests {

    private static SecretKey key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    private final SecretKey k1 = key();
    private final SecretKey k2 = key();
    private final FieldCipher cipher = new FieldCipher(new KeyRing(Map.of("k1", k1, "k2", k2), "k1", key(), key()));
    private final FieldCipher.Binding row1 = new FieldCipher.Binding("trade_account", "ein", "row-1");

    @Test
    void decryptsWhatItEncryptedForTheSameRow() {
        assertThat(cipher.decrypt(cipher.encrypt("12-3456789", row1), row1)).isEqualTo("12-3456789");
    }

    @Test
    void ciphertextMovedToAnotherRowOrColumnDoesNotDecrypt() {
        byte[] sealed = cipher.encrypt("123-45-6789", row1);

        assertThatThrownBy(() -> cipher.decrypt(sealed, new FieldCipher.Binding("trade_account", "ein", "row-2")))
                .isInstanceOf(FieldCipher.FieldDecryptionException.class)
                .hasMessageNotContaining("123");
        assertThatThrownBy(() -> cipher.decrypt(sealed, new FieldCipher.Binding("trade_account", "ssn", "row-1")))
                .isInstanceOf(FieldCipher.FieldDecryptionException.class);
    }

    @Test
    void tamperedCiphertextDoesNotDecrypt() {
        byte[] sealed = cipher.encrypt("123-45-6789", row1);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(sealed, row1)).isInstanceOf(FieldCipher.FieldDecryptionException.class);
    }

    @Test
    void sameValueEncryptsDifferentlyEachTimeButDigestsAlike() {
        assertThat(cipher.encrypt("123-45-6789", row1)).isNotEqualTo(cipher.encrypt("123-45-6789", row1));
        assertThat(cipher.lookupDigest("ssn", "123456789")).isEqualTo(cipher.lookupDigest("ssn", "123456789"));
        assertThat(cipher.lookupDigest("ssn", "123456789")).isNotEqualTo(cipher.lookupDigest("ein", "123456789"));
    }

    @Test
    void valuesWrittenWithAnOlderKeyStillDecryptAfterRotation() {
        byte[] old = cipher.encrypt("98-7654321", row1);
        FieldCipher rotated = new FieldCipher(new KeyRing(Map.of("k1", k1, "k2", k2), "k2", key(), key()));

        assertThat(rotated.keyIdOf(old)).isEqualTo("k1");
        assertThat(rotated.decrypt(old, row1)).isEqualTo("98-7654321");
        assertThat(rotated.keyIdOf(rotated.encrypt("98-7654321", row1))).isEqualTo("k2");
    }
}
