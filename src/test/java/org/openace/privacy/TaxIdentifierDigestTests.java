package org.openace.privacy;

import java.util.HexFormat;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.openace.platform.FieldCipher;
import org.openace.platform.KeyRing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known answers for the look-up digest of tax identifiers, by which accounts are found and kept unique: with a fixed
 * key, a fixed identifier has a fixed digest (purpose, kind and normalized value as today). A change here would make
 * every stored digest miss.
 */
class TaxIdentifierDigestTests {

    private static SecretKeySpec key(int start) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (start + i);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private final PersonalDataVault vault = new PersonalDataVault(new FieldCipher(
            new KeyRing(Map.of("k1", key(0x00)), "k1", key(0x20), key(0x60))));

    @Test
    void anSsnHasItsKnownDigest() {
        TaxIdentifier ssn = TaxIdentifier.parse(TaxIdentifier.Kind.SSN, "123-45-6789").orElseThrow();

        assertThat(HexFormat.of().formatHex(vault.digest(ssn)))
                .isEqualTo("944ce8223086d77552cb0d7fe6bf4711511eb225b95c7f681d83e2995171bf32");
    }

    @Test
    void anEinHasItsKnownDigestWithItsSuffix() {
        TaxIdentifier ein = TaxIdentifier.parse(TaxIdentifier.Kind.EIN, "12-3456789").orElseThrow();

        assertThat(HexFormat.of().formatHex(vault.digest(ein)))
                .isEqualTo("9ce794814ea4687d6325ae98bd4c5c1ca62f38be2b4297c3a44f94efa5aa7cff");
    }

    @Test
    void theSameSsnTypedWithoutDashesHasTheSameDigest() {
        TaxIdentifier typed = TaxIdentifier.parse(TaxIdentifier.Kind.SSN, "123456789").orElseThrow();

        assertThat(HexFormat.of().formatHex(vault.digest(typed)))
                .isEqualTo("944ce8223086d77552cb0d7fe6bf4711511eb225b95c7f681d83e2995171bf32");
    }
}
