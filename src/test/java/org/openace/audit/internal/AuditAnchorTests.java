package org.openace.audit.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AuditAnchorTests {

    private static final SecretKeySpec KEY = new SecretKeySpec(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "AES");
    private static final AuditAnchor.Head HEAD = new AuditAnchor.Head(42, "ab".repeat(32),
            Instant.parse("2026-03-01T12:00:00Z"));

    @TempDir
    Path folder;

    @Test
    void signatureOfAFixedHeadIsTheKnownAnswer() {
        // computed apart from this code: HMAC-SHA-256(HMAC-SHA-256(audit key, "OpenACE audit chain anchor v1"),
        // "42\n" + hash + "\n2026-03-01T12:00:00Z")
        assertThat(new AuditAnchor(KEY, folder.resolve("a")).sign(HEAD))
                .isEqualTo("b6a71b01532a28638fe1a6fef929d112e4224ae85f95f89a0b52f56068be7b85");
    }

    @Test
    void writtenHeadReadsBackWithAGoodSignature() {
        AuditAnchor anchor = new AuditAnchor(KEY, folder.resolve("audit/chain-head.anchor"));

        anchor.write(HEAD);

        assertThat(anchor.read()).hasValueSatisfying(reading -> {
            assertThat(reading.head()).isEqualTo(HEAD);
            assertThat(reading.signatureValid()).isTrue();
        });
        assertThat(folder.resolve("audit")).isDirectoryContaining(p -> p.getFileName().toString().equals("chain-head.anchor"));
        assertThat(folder.resolve("audit").toFile().list()).as("no temporary file left").hasSize(1);
    }

    @Test
    void headEditedInTheFileHasABadSignature() throws Exception {
        Path file = folder.resolve("chain-head.anchor");
        AuditAnchor anchor = new AuditAnchor(KEY, file);
        anchor.write(HEAD);

        Files.writeString(file, Files.readString(file).replace("position=42", "position=40"));

        assertThat(anchor.read()).hasValueSatisfying(reading -> assertThat(reading.signatureValid()).isFalse());
    }

    @Test
    void anotherAuditKeyDoesNotAcceptTheAnchor() {
        Path file = folder.resolve("chain-head.anchor");
        new AuditAnchor(KEY, file).write(HEAD);
        AuditAnchor otherKey = new AuditAnchor(new SecretKeySpec(
                "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII), "AES"), file);

        assertThat(otherKey.read()).hasValueSatisfying(reading -> assertThat(reading.signatureValid()).isFalse());
    }

    @Test
    void noFileIsNoAnchorAndGarbageIsABadOne() throws Exception {
        Path file = folder.resolve("chain-head.anchor");
        AuditAnchor anchor = new AuditAnchor(KEY, file);
        assertThat(anchor.read()).isEmpty();

        Files.writeString(file, "position=x\n");

        assertThat(anchor.read()).hasValueSatisfying(reading -> assertThat(reading.signatureValid()).isFalse());
    }
}
