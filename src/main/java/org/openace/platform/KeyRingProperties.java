package org.openace.platform;

import java.nio.file.Path;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal's keys come from: given inline (from the environment, e.g. a secrets manager) or read from a
 * key file kept outside the database. Values are base64 of 32 random bytes.
 *
 * @param file            the key file, a properties file with the same names as below
 * @param createIfMissing write a new key file with fresh keys when there is none (the embedded default);
 *                        production turns this off so that a missing key stops the portal instead
 * @param field           field-encryption keys by id; several ids allow rotation
 * @param activeFieldKey  the id of the field key new values are encrypted with
 * @param lookup          the key of the look-up digests
 * @param audit           the key that seals the audit chain
 */
@ConfigurationProperties("openace.keys")
record KeyRingProperties(
        @DefaultValue("data/keys/openace.keys") Path file,
        @DefaultValue("true") boolean createIfMissing,
        @DefaultValue Map<String, String> field,
        @Nullable String activeFieldKey,
        @Nullable String lookup,
        @Nullable String audit) {
}
