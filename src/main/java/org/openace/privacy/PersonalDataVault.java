package org.openace.privacy;

import org.openace.platform.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * Seals tax identifiers for storage and opens them again, always for a named row and column: a ciphertext moved to
 * another row does not open. Look-ups and uniqueness use the digest, never the plain value.
 */
@Component
public class PersonalDataVault {

    private static final String DIGEST_PURPOSE = "tax-identifier";

    private final FieldCipher cipher;

    PersonalDataVault(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public ProtectedValue seal(TaxIdentifier identifier, String table, String column, String rowId) {
        byte[] sealed = cipher.encrypt(identifier.value(), new FieldCipher.Binding(table, column, rowId));
        return new ProtectedValue(sealed, digest(identifier), identifier.masked());
    }

    public TaxIdentifier open(TaxIdentifier.Kind kind, byte[] sealed, String table, String column, String rowId) {
        return TaxIdentifier.ofStored(kind, cipher.decrypt(sealed, new FieldCipher.Binding(table, column, rowId)));
    }

    /** The look-up digest of an identifier: the same for the same kind and value, whatever row holds it. */
    public byte[] digest(TaxIdentifier identifier) {
        return cipher.lookupDigest(DIGEST_PURPOSE, identifier.kind() + ":" + identifier.normalized());
    }
}
