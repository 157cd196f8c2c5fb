package org.openace.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts single fields (an SSN, an EIN, a TOTP secret) with AES-256-GCM. The associated data binds each
 * ciphertext to the row and column it was written for, so a ciphertext copied to another row does not decrypt.
 * The stored form carries the id of the key that wrote it, so keys can be rotated.
 * <p>
 * Layout: {@code version(1) | keyIdLength(1) | keyId | iv(12) | ciphertext+tag}.
 */
public final class FieldCipher {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(KeyRing keys) {
        this.keys = keys;
    }

    /** Where a value lives: the associated data of its ciphertext. */
    public record Binding(String table, String column, String rowId) {
        byte[] bytes() {
            return (table + "\u0000" + column + "\u0000" + rowId).getBytes(StandardCharsets.UTF_8);
        }
    }

    public byte[] encrypt(String plaintext, Binding binding) {
        String keyId = keys.activeFieldKeyId();
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.fieldKey(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding.bytes());
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(2 + id.length + IV_BYTES + sealed.length)
                    .put(VERSION).put((byte) id.length).put(id).put(iv).put(sealed).array();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    /** Decrypts, or throws {@link FieldDecryptionException} when the value was not written for this binding. */
    public String decrypt(byte[] stored, Binding binding) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(stored);
            if (buffer.get() != VERSION) {
                throw new FieldDecryptionException("Unknown field ciphertext version");
            }
            byte[] id = new byte[buffer.get()];
            buffer.get(id);
            byte[] iv = new byte[IV_BYTES];
            buffer.get(iv);
            byte[] sealed = new byte[buffer.remaining()];
            buffer.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.fieldKey(new String(id, StandardCharsets.US_ASCII)),
                    new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding.bytes());
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        }
        catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof FieldDecryptionException fde) {
                throw fde;
            }
            throw new FieldDecryptionException("The field does not decrypt for its row");
        }
    }

    /** The id of the key a stored value was written with (for re-encryption after a key rotation). */
    public String keyIdOf(byte[] stored) {
        return new String(stored, 2, stored[1], StandardCharsets.US_ASCII);
    }

    /**
     * A keyed digest (HMAC-SHA-256) of a normalized value, for uniqueness and look-up without decrypting:
     * equal values give equal digests, and without the key the digest reveals nothing.
     */
    public byte[] lookupDigest(String purpose, String normalizedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.lookupKey());
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(normalizedValue.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Look-up digest failed", e);
        }
    }

    /** Thrown when a ciphertext does not decrypt: wrong row, tampered, or an unknown key. Carries no data. */
    public static final class FieldDecryptionException extends RuntimeException {
        FieldDecryptionException(String message) {
            super(message);
        }
    }
}
