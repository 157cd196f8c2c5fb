package org.openace.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.jspecify.annotations.Nullable;

/**
 * Seals audit rows into a chain: each row's hash is an HMAC-SHA-256, under a key kept outside the database, of
 * the previous row's hash and of every field of the row in a fixed, unambiguous encoding. Editing, inserting or
 * removing a row breaks the chain from that row on, and without the key the chain cannot be rebuilt.
 */
final class AuditChain {

    /** The previous hash of the very first row. */
    static final byte[] GENESIS = new byte[32];

    private final SecretKey key;

    AuditChain(SecretKey key) {
        this.key = key;
    }

    /** The fields of a row that the hash covers. Times are truncated to PostgreSQL's microseconds. */
    record SealedFields(Instant occurredAt, @Nullable UUID actorId, @Nullable String actorName, String action,
                        @Nullable String objectType, @Nullable String objectId, String outcome, String clientAddress,
                        Map<String, String> details) {
        SealedFields {
            occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        }
    }

    byte[] seal(byte[] previousHash, SealedFields fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(previousHash);
            mac.update(encode(fields));
            return mac.doFinal();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit chain could not be sealed", e);
        }
    }

    private static byte[] encode(SealedFields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Instant at = fields.occurredAt();
            out.writeLong(at.getEpochSecond());
            out.writeInt(at.getNano());
            write(out, fields.actorId() == null ? null : fields.actorId().toString());
            write(out, fields.actorName());
            write(out, fields.action());
            write(out, fields.objectType());
            write(out, fields.objectId());
            write(out, fields.outcome());
            write(out, fields.clientAddress());
            Map<String, String> sorted = new TreeMap<>(fields.details());
            out.writeInt(sorted.size());
            for (Map.Entry<String, String> entry : sorted.entrySet()) {
                write(out, entry.getKey());
                write(out, entry.getValue());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, @Nullable String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
