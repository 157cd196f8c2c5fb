package org.openace.identity.password;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password rules and storage (NIST SP 800-63B; OWASP password storage).
 *
 * @param minLength            fewest characters (Unicode code points) a password may have
 * @param maxLength            most characters a password may have (at least 64)
 * @param history              how many earlier passwords (and their reverses) may not be reused
 * @param minGuessScore        the lowest zxcvbn strength (0-4) accepted; 3 refuses passwords a guesser finds fast
 * @param algorithm            {@code argon2id} or {@code pbkdf2} (FIPS-approved PBKDF2-HMAC-SHA256)
 * @param argon2MemoryKib      Argon2id memory in KiB (19 MiB = 19456)
 * @param argon2Iterations     Argon2id passes
 * @param argon2Parallelism    Argon2id lanes
 * @param pbkdf2Iterations     PBKDF2-HMAC-SHA256 iterations
 * @param concurrentHashes     how many hashes may be computed at once (bounds memory and CPU under load)
 */
@ConfigurationProperties("openace.password")
public record PasswordProperties(
        @DefaultValue("15") int minLength,
        @DefaultValue("128") int maxLength,
        @DefaultValue("24") int history,
        @DefaultValue("3") int minGuessScore,
        @DefaultValue("argon2id") String algorithm,
        @DefaultValue("19456") int argon2MemoryKib,
        @DefaultValue("2") int argon2Iterations,
        @DefaultValue("1") int argon2Parallelism,
        @DefaultValue("600000") int pbkdf2Iterations,
        @DefaultValue("4") int concurrentHashes) {

    public PasswordProperties {
        if (minLength < 8 || maxLength < 64 || maxLength < minLength) {
            throw new IllegalArgumentException("openace.password: min-length >= 8 and max-length >= 64 are required");
        }
        if (!algorithm.equals("argon2id") && !algorithm.equals("pbkdf2")) {
            throw new IllegalArgumentException("openace.password.algorithm is argon2id or pbkdf2");
        }
    }
}
