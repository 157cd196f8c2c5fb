package org.openace.identity.password;

import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Slow, salted password hashing: Argon2id (m = 19 MiB, t = 2, p = 1) by default, or PBKDF2-HMAC-SHA256 with
 * 600,000 iterations where FIPS-approved algorithms are required. Stored hashes name their algorithm, so a change
 * of setting re-hashes each password at its next successful sign-in. The number of hashes computed at once is
 * bounded, so a flood of sign-ins cannot exhaust memory.
 */
@Component
public class PasswordHashing {

    private final PasswordEncoder encoder;
    private final Semaphore permits;
    /** A real hash of a random password, verified for unknown users so that they take as long as known ones. */
    private final String decoy;

    PasswordHashing(PasswordProperties properties) {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, properties.argon2Parallelism(),
                properties.argon2MemoryKib(), properties.argon2Iterations());
        Pbkdf2PasswordEncoder pbkdf2 = new Pbkdf2PasswordEncoder("", 16, properties.pbkdf2Iterations(),
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        String current = properties.algorithm().equals("pbkdf2") ? "pbkdf2-sha256" : "argon2id";
        this.encoder = new DelegatingPasswordEncoder(current, Map.of("argon2id", argon2, "pbkdf2-sha256", pbkdf2));
        this.permits = new Semaphore(Math.max(1, properties.concurrentHashes()), true);
        this.decoy = encoder.encode(java.util.UUID.randomUUID().toString());
    }

    public String hash(String password) {
        return bounded(() -> encoder.encode(password));
    }

    public boolean matches(String password, String storedHash) {
        return bounded(() -> encoder.matches(password, storedHash));
    }

    /** Spends the time of one verification without a stored hash (for an unknown user ID). */
    public void verifyDecoy(String password) {
        bounded(() -> encoder.matches(password, decoy));
    }

    public boolean needsRehash(String storedHash) {
        return encoder.upgradeEncoding(storedHash);
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        }
        finally {
            permits.release();
        }
    }
}
