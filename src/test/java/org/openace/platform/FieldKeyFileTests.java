package org.openace.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Key rotation on the key file: a new key is added inactive, activated later, and older keys stay readable. */
class FieldKeyFileTests {

    @TempDir
    Path folder;

    private KeyRingProperties fromFile(Path file) {
        return new KeyRingProperties(file, true, Map.of(), null, null, null);
    }

    private KeyRing ring(Path file) {
        return new KeyRingConfiguration().keyRing(fromFile(file));
    }

    @Test
    void aNewKeyIsAddedInactiveThenActivatedAndValuesSealedBeforeStillOpen() throws Exception {
        Path file = folder.resolve("keys/openace.keys");
        KeyRing first = ring(file);
        FieldCipher.Binding row = new FieldCipher.Binding("trade_account", "tax_id", "row-1");
        byte[] sealedWithK1 = new FieldCipher(first).encrypt("12-3456789", row);
        FieldKeyFile keyFile = new KeyRingConfiguration().fieldKeyFile(fromFile(file));

        String added = keyFile.addFieldKey();

        assertThat(added).isEqualTo("k2");
        assertThat(keyFile.fieldKeyIds()).containsExactly("k1", "k2");
        assertThat(ring(file).activeFieldKeyId()).as("not active before every node knows it").isEqualTo("k1");

        keyFile.activate("k2");

        KeyRing rotated = ring(file);
        assertThat(rotated.activeFieldKeyId()).isEqualTo("k2");
        assertThat(rotated.lookupKey()).isEqualTo(first.lookupKey());
        assertThat(rotated.auditKey()).isEqualTo(first.auditKey());
        FieldCipher cipher = new FieldCipher(rotated);
        assertThat(cipher.decrypt(sealedWithK1, row)).isEqualTo("12-3456789");
        assertThat(cipher.keyIdOf(cipher.encrypt("12-3456789", row))).isEqualTo("k2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(keyFile.addFieldKey()).isEqualTo("k3");
    }

    @Test
    void anUnknownKeyCannotBeActivated() {
        Path file = folder.resolve("openace.keys");
        ring(file);
        FieldKeyFile keyFile = new KeyRingConfiguration().fieldKeyFile(fromFile(file));

        assertThatThrownBy(() -> keyFile.activate("k9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no field key 'k9'");
        assertThat(keyFile.activeFieldKeyId()).isEqualTo("k1");
    }

    @Test
    void keysGivenInSettingsAreNotChangedThroughTheFile() {
        KeyRingProperties inline = new KeyRingProperties(folder.resolve("absent.keys"), false,
                Map.of("a", "e9lWfFJwq9DmYGSsUAR8zAaslDSmqn0/wqz3cuww2cY="), "a",
                "oWpPsKd0RW8G3+Q7P6y0Qpn/7P3BTbCPXQ0AliRVtSc=", "KZgzslXy0Oup6vbb8IAmC8SXr+AXyfY1duvK0qUQ81s=");
        FieldKeyFile keyFile = new KeyRingConfiguration().fieldKeyFile(inline);

        assertThat(keyFile.inUse()).isFalse();
        assertThatThrownBy(keyFile::addFieldKey).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("given in settings");
        assertThat(Files.exists(folder.resolve("absent.keys"))).isFalse();
    }
}
