package org.openace.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.openace.platform.AtomicFiles;

/**
 * The head of the audit chain, anchored outside the database: a small file with the chain position, the hash at
 * that position and the time, signed with an HMAC-SHA-256 under a key derived from the audit key. Someone who can
 * change the database but not this file (nor the logs, where every anchor is written too) cannot remove the newest
 * events unseen: {@code verify-audit} finds the anchored position missing or its hash changed.
 */
final class AuditAnchor {

    /** One anchored head. */
    record Head(long position, String hash, Instant anchoredAt) {
    }

    /** The anchor file as read: the head, and whether its signature is right. */
    record Reading(Head head, boolean signatureValid) {
    }

    private static final String PURPOSE = "OpenACE audit chain anchor v1";

    private final SecretKey key;
    private final Path file;

    AuditAnchor(SecretKey auditKey, Path file) {
        this.key = new SecretKeySpec(hmac(auditKey, PURPOSE.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The signature of a head: HMAC-SHA-256 of {@code position \n hash \n time} under the derived key. */
    String sign(Head head) {
        String text = head.position() + "\n" + head.hash() + "\n" + head.anchoredAt();
        return HexFormat.of().formatHex(hmac(key, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Replaces the anchor file with this head, atomically (a reader sees the old file or the new one). */
    void write(Head head) {
        String text = "# OpenACE audit chain head, checked by 'admin verify-audit'. Keep it apart from the database.\n"
                + "position=" + head.position() + "\n"
                + "hash=" + head.hash() + "\n"
                + "anchored-at=" + head.anchoredAt() + "\n"
                + "signature=" + sign(head) + "\n";
        try {
            AtomicFiles.replace(file, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The audit chain head could not be written to " + file, e);
        }
    }

    /** The anchor file's head, or empty if there is no anchor file yet. An unreadable file reads as a bad signature. */
    Optional<Reading> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("The audit chain head could not be read from " + file, e);
        }
        try {
            Head head = new Head(Long.parseLong(values.getOrDefault("position", "")), values.getOrDefault("hash", ""),
                    Instant.parse(values.getOrDefault("anchored-at", "")));
            byte[] expected = sign(head).getBytes(StandardCharsets.US_ASCII);
            byte[] actual = values.getOrDefault("signature", "").getBytes(StandardCharsets.US_ASCII);
            return Optional.of(new Reading(head, MessageDigest.isEqual(expected, actual)));
        }
        catch (NumberFormatException | DateTimeParseException e) {
            return Optional.of(new Reading(new Head(0, "", Instant.EPOCH), false));
        }
    }

    private static byte[] hmac(SecretKey key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(data);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit anchor could not be signed", e);
        }
    }
}
