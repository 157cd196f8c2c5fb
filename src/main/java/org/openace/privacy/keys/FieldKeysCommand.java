package org.openace.privacy.keys;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.openace.platform.AdminCommand;
import org.openace.platform.EncryptedColumn;
import org.openace.platform.KeyRing;
import org.springframework.stereotype.Component;

/**
 * {@code admin field-keys}: the field-encryption key ids this node knows, the active one, and how many values of
 * every encrypted column each key seals. A key that seals nothing may be removed from the key file.
 */
@Component
class FieldKeysCommand implements AdminCommand {

    private final FieldReencryption reencryption;
    private final KeyRing keys;

    FieldKeysCommand(FieldReencryption reencryption, KeyRing keys) {
        this.reencryption = reencryption;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "field-keys";
    }

    @Override
    public String usage() {
        return "(no options) lists the field-encryption keys and how many values each one seals";
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        Map<EncryptedColumn, Map<String, Long>> census = reencryption.census();
        Set<String> ids = new TreeSet<>(keys.fieldKeyIds());
        census.values().forEach(byKey -> ids.addAll(byKey.keySet()));
        out.println("Active field key: " + keys.activeFieldKeyId());
        for (String id : ids) {
            long total = census.values().stream().mapToLong(byKey -> byKey.getOrDefault(id, 0L)).sum();
            String state = !keys.fieldKeyIds().contains(id) ? "UNKNOWN to this node"
                    : id.equals(keys.activeFieldKeyId()) ? "active" : total == 0 ? "unused: may be removed" : "in use";
            out.printf("  %-8s %8d values  %s%n", id, total, state);
        }
        census.forEach((column, byKey) -> out.println("  " + column + ": " + (byKey.isEmpty() ? "no values" : byKey)));
        return 0;
    }
}
