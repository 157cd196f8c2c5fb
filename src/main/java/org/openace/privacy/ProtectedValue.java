package org.openace.privacy;

/**
 * How a piece of personal data is stored: the ciphertext (AES-GCM bound to its row and column), a keyed digest for
 * uniqueness and look-up, and the non-identifying part shown on screen.
 *
 * @param cipher  the encrypted value
 * @param digest  HMAC-SHA-256 of the normalized value under the look-up key
 * @param display the masked form ({@code ***-**-1234})
 */
public record ProtectedValue(byte[] cipher, byte[] digest, String display) {

    @Override
    public String toString() {
        return "ProtectedValue[" + display + "]";
    }
}
