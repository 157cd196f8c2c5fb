package org.openace.identity.password;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The designed cost of a sign-in: one password verification through {@link PasswordHashing} with the portal's
 * default settings ({@link PasswordProperties}: Argon2id m = 19 MiB, t = 2, p = 1; or PBKDF2-HMAC-SHA256 with
 * 600,000 iterations). Run with one thread and with as many threads as cores (bench/password-hashing.sh):
 * verifications per second is what one node can check at most, whatever else it does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PasswordHashingBenchmark {

    static final String PASSWORD = "harbor lantern tariff 1842";

    @Param({"argon2id", "pbkdf2"})
    public String algorithm;

    private PasswordHashing hashing;
    private String stored;

    @Setup
    public void setUp() {
        // the portal's defaults (the @DefaultValues of PasswordProperties), with the chosen algorithm
        PasswordProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("openace.password.algorithm", algorithm))).bindOrCreate("openace.password", PasswordProperties.class);
        hashing = new PasswordHashing(properties);
        stored = hashing.hash(PASSWORD);
        if (!hashing.matches(PASSWORD, stored) || hashing.matches(PASSWORD + "x", stored)) {
            throw new IllegalStateException("the hash does not verify");
        }
        // the stored form names the algorithm and its parameters, e.g. {argon2id}$argon2id$v=19$m=19456,t=2,p=1$...
        System.out.println("\n" + properties + "\nstored hash begins " + stored.substring(0, Math.min(45, stored.length())));
    }

    /** A right password: what a real user's sign-in costs. */
    @Benchmark
    public boolean verify() {
        return hashing.matches(PASSWORD, stored);
    }
}
