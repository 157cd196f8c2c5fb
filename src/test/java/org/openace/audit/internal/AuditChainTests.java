package org.openace.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openace.audit.internal.AuditChain.SealedFields;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTests {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final UUID ACTOR = UUID.fromString("6f1c2a52-3f0e-4b4e-9d7a-1d2c3b4a5e6f");
    private static final Instant AT = Instant.parse("2026-03-01T12:34:56.123456Z");

    private final AuditChain chain = new AuditChain(new SecretKeySpec(KEY, "HmacSHA256"));

    private static SealedFields fields() {
        return new SealedFields(AT, ACTOR, "jane.broker", "SIGN_IN", "USER", ACTOR.toString(), "SUCCESS",
                "203.0.113.7", Map.of("factor", "email", "step", "2"));
    }

    private static byte[] previous(int fill) {
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) fill);
        return hash;
    }

    /**
     * The stored format, pinned: seals already in databases must keep verifying, so a change of the encoding or of
     * the MAC fails here. The expected values were computed apart from this code, from the encoding as ADR 005
     * describes it (Python's hmac over big-endian seconds, nanoseconds, length-prefixed UTF-8 strings with -1 for
     * null, then the number of details and each key and value in key order).
     */
    @Test
    void sealOfFixedFieldsIsTheKnownAnswer() {
        assertThat(HexFormat.of().formatHex(chain.seal(previous(7), fields())))
                .isEqualTo("b9bbcdcfab989219eddcdcbef4b69875cebdec23ce8da42f502d45593a5570d8");
        SealedFields systemCheck = new SealedFields(AT, null, "system", "AUDIT_CHAIN_VERIFIED", null, null, "FAILURE",
                "local", Map.of());
        assertThat(HexFormat.of().formatHex(chain.seal(AuditChain.GENESIS, systemCheck)))
                .isEqualTo("7920a78872a5fd4e9ed5a632032ef0d5c97c94ae02d9a3139027c45abadd8cf6");
    }

    @Test
    void sameFieldsGiveTheSameSeal() {
        byte[] first = chain.seal(previous(7), fields());
        byte[] second = chain.seal(previous(7), fields());

        assertThat(first).hasSize(32).isEqualTo(second);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("the time, by one microsecond", f -> sealed(f.occurredAt().plusNanos(1_000), f.actorId(), f.actorName(),
                        f.action(), f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), f.details())),
                change("the actor's id", f -> sealed(f.occurredAt(), UUID.randomUUID(), f.actorName(), f.action(),
                        f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), f.details())),
                change("the actor's id, removed", f -> sealed(f.occurredAt(), null, f.actorName(), f.action(),
                        f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), f.details())),
                change("the actor's user ID", f -> sealed(f.occurredAt(), f.actorId(), "jane.broker2", f.action(),
                        f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), f.details())),
                change("the action", f -> sealed(f.occurredAt(), f.actorId(), f.actorName(), "SIGN_OUT",
                        f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), f.details())),
                change("the object type", f -> sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                        "ENTRY", f.objectId(), f.outcome(), f.clientAddress(), f.details())),
                change("the object id", f -> sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                        f.objectType(), "other", f.outcome(), f.clientAddress(), f.details())),
                change("the outcome", f -> sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                        f.objectType(), f.objectId(), "FAILURE", f.clientAddress(), f.details())),
                change("the client address", f -> sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                        f.objectType(), f.objectId(), f.outcome(), "203.0.113.8", f.details())),
                change("a detail's value", f -> sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                        f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), Map.of("factor", "totp", "step", "2"))),
                change("a detail's key", f -> sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                        f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), Map.of("factors", "email", "step", "2"))),
                change("a detail added", f -> sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                        f.objectType(), f.objectId(), f.outcome(), f.clientAddress(),
                        Map.of("factor", "email", "step", "2", "extra", ""))),
                change("a detail removed", f -> sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                        f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), Map.of("factor", "email"))));
    }

    private static Arguments change(String name, UnaryOperator<SealedFields> change) {
        return Arguments.of(Named.of(name, change));
    }

    private static SealedFields sealed(Instant at, UUID actorId, String actorName, String action,
                                       String objectType, String objectId, String outcome, String address,
                                       Map<String, String> details) {
        return new SealedFields(at, actorId, actorName, action, objectType, objectId, outcome, address, details);
    }

    @ParameterizedTest(name = "changing {0} changes the seal")
    @MethodSource("changes")
    void eachFieldChangeChangesTheSeal(UnaryOperator<SealedFields> change) {
        byte[] original = chain.seal(previous(7), fields());

        byte[] changed = chain.seal(previous(7), change.apply(fields()));

        assertThat(changed).isNotEqualTo(original);
    }

    @Test
    void previousHashChangeChangesTheSeal() {
        byte[] previous = previous(7);
        byte[] original = chain.seal(previous, fields());
        previous[31] ^= 1;

        assertThat(chain.seal(previous, fields())).isNotEqualTo(original);
        assertThat(chain.seal(AuditChain.GENESIS, fields())).isNotEqualTo(original);
    }

    @Test
    void anotherKeyGivesAnotherSeal() {
        AuditChain otherKey = new AuditChain(new SecretKeySpec("fedcba9876543210fedcba9876543210".getBytes(
                StandardCharsets.US_ASCII), "HmacSHA256"));

        assertThat(otherKey.seal(previous(7), fields())).isNotEqualTo(chain.seal(previous(7), fields()));
    }

    @Test
    void detailsOrderDoesNotMatter() {
        Map<String, String> oneOrder = new LinkedHashMap<>();
        oneOrder.put("alpha", "1");
        oneOrder.put("beta", "2");
        oneOrder.put("gamma", "3");
        Map<String, String> otherOrder = new LinkedHashMap<>();
        otherOrder.put("gamma", "3");
        otherOrder.put("alpha", "1");
        otherOrder.put("beta", "2");
        SealedFields f = fields();

        byte[] first = chain.seal(previous(1), sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), oneOrder));
        byte[] second = chain.seal(previous(1), sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(),
                f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), otherOrder));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void nullAndEmptyStringAreDistinguished() {
        SealedFields f = fields();
        SealedFields withoutType = sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(), null,
                f.objectId(), f.outcome(), f.clientAddress(), f.details());
        SealedFields emptyType = sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(), "",
                f.objectId(), f.outcome(), f.clientAddress(), f.details());
        SealedFields withoutName = sealed(f.occurredAt(), f.actorId(), null, f.action(), f.objectType(),
                f.objectId(), f.outcome(), f.clientAddress(), f.details());
        SealedFields emptyName = sealed(f.occurredAt(), f.actorId(), "", f.action(), f.objectType(),
                f.objectId(), f.outcome(), f.clientAddress(), f.details());

        assertThat(chain.seal(previous(3), withoutType)).isNotEqualTo(chain.seal(previous(3), emptyType));
        assertThat(chain.seal(previous(3), withoutName)).isNotEqualTo(chain.seal(previous(3), emptyName));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        SealedFields f = fields();
        SealedFields split = sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(), "AB", "C",
                f.outcome(), f.clientAddress(), f.details());
        SealedFields shifted = sealed(f.occurredAt(), f.actorId(), f.actorName(), f.action(), "A", "BC",
                f.outcome(), f.clientAddress(), f.details());

        assertThat(chain.seal(previous(3), split)).isNotEqualTo(chain.seal(previous(3), shifted));
    }

    @Test
    void timeIsSealedToTheMicrosecondAsPostgresqlStoresIt() {
        SealedFields f = fields();
        SealedFields withNanos = sealed(f.occurredAt().plusNanos(999), f.actorId(), f.actorName(), f.action(),
                f.objectType(), f.objectId(), f.outcome(), f.clientAddress(), f.details());

        assertThat(chain.seal(previous(3), withNanos)).isEqualTo(chain.seal(previous(3), f));
    }
}
