package org.openace.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the {@link KeyRing} from inline settings or the key file, creating the file on first start if allowed. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeyRingProperties.class)
class KeyRingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeyRingConfiguration.class);
    private static final String FIELD_PREFIX = FieldKeyFile.FIELD_PREFIX;

    @Bean
    KeyRing keyRing(KeyRingProperties properties) {
        Properties values = new Properties();
        Path file = properties.file();
        boolean inline = properties.lookup() != null;
        if (!inline) {
            if (Files.exists(file)) {
                read(file, values);
            }
            else if (properties.createIfMissing()) {
                create(file, values);
            }
            else {
                throw new IllegalStateException("No keys: set OPENACE_KEYS_FILE to an existing key file, or give the keys "
                        + "in OPENACE_KEYS_FIELD_<ID>, OPENACE_KEYS_ACTIVEFIELDKEY, OPENACE_KEYS_LOOKUP and OPENACE_KEYS_AUDIT");
            }
        }
        else {
            properties.field().forEach((id, key) -> values.setProperty(FIELD_PREFIX + id, key));
            values.setProperty(FieldKeyFile.ACTIVE, require(properties.activeFieldKey(), "openace.keys.active-field-key"));
            values.setProperty("lookup", properties.lookup());
            values.setProperty("audit", require(properties.audit(), "openace.keys.audit"));
        }
        Map<String, SecretKey> fieldKeys = new HashMap<>();
        for (String name : values.stringPropertyNames()) {
            if (name.startsWith(FIELD_PREFIX)) {
                fieldKeys.put(name.substring(FIELD_PREFIX.length()), key(values.getProperty(name), name));
            }
        }
        return new KeyRing(fieldKeys, require(values.getProperty(FieldKeyFile.ACTIVE), FieldKeyFile.ACTIVE),
                key(values.getProperty("lookup"), "lookup"), key(values.getProperty("audit"), "audit"));
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The key setting '" + name + "' is missing");
        }
        return value;
    }

    private static SecretKey key(String base64, String name) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(require(base64, name).trim());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key '" + name + "' is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("The key '" + name + "' must be 32 bytes (256 bits)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static void read(Path file, Properties values) {
        values.putAll(FieldKeyFile.read(file));
    }

    private static void create(Path file, Properties values) {
        SecureRandom random = new SecureRandom();
        String id = "k1";
        values.setProperty(FIELD_PREFIX + id, FieldKeyFile.freshKey(random));
        values.setProperty(FieldKeyFile.ACTIVE, id);
        values.setProperty("lookup", FieldKeyFile.freshKey(random));
        values.setProperty("audit", FieldKeyFile.freshKey(random));
        FieldKeyFile.write(file, values);
        log.warn("Created a new key file at {}; back it up apart from the database", file.toAbsolutePath());
    }

    @Bean
    FieldKeyFile fieldKeyFile(KeyRingProperties properties) {
        return new FieldKeyFile(properties.file(), properties.lookup() != null);
    }

    @Bean
    FieldCipher fieldCipher(KeyRing keyRing) {
        return new FieldCipher(keyRing);
    }
}
