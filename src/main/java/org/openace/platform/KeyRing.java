package org.openace.platform;

import java.util.Map;
import java.util.Objects;

import javax.crypto.SecretKey;

/**
 * The secret keys of the portal, held outside the database: field-encryption keys by id (one of them active for
 * new writes, the others kept to read older rows until they are re-encrypted), the key of the look-up digests,
 * and the key that seals the audit chain.
 */
public final class KeyRing {

    private final Map<String, SecretKey> fieldKeys;
    private final String activeFieldKeyId;
    private final SecretKey lookupKey;
    private final SecretKey auditKey;

    public KeyRing(Map<String, SecretKey> fieldKeys, String activeFieldKeyId, SecretKey lookupKey, SecretKey auditKey) {
        if (!fieldKeys.containsKey(activeFieldKeyId)) {
            throw new IllegalArgumentException("The active field key '" + activeFieldKeyId + "' is not in the key ring");
        }
        this.fieldKeys = Map.copyOf(fieldKeys);
        this.activeFieldKeyId = activeFieldKeyId;
        this.lookupKey = Objects.requireNonNull(lookupKey);
        this.auditKey = Objects.requireNonNull(auditKey);
    }

    public String activeFieldKeyId() {
        return activeFieldKeyId;
    }

    public SecretKey fieldKey(String id) {
        SecretKey key = fieldKeys.get(id);
        if (key == null) {
            throw new IllegalStateException("No field key with id '" + id + "' in the key ring");
        }
        return key;
    }

    /** The ids of every field key, the active one among them. */
    public java.util.Set<String> fieldKeyIds() {
        return new java.util.TreeSet<>(fieldKeys.keySet());
    }

    public SecretKey lookupKey() {
        return lookupKey;
    }

    public SecretKey auditKey() {
        return auditKey;
    }

    @Override
    public String toString() {
        return "KeyRing[fieldKeys=" + fieldKeys.keySet() + ", active=" + activeFieldKeyId + "]";
    }
}
