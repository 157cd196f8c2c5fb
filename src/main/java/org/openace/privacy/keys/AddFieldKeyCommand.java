package org.openace.privacy.keys;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Map;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.platform.AdminCommand;
import org.openace.platform.FieldKeyFile;
import org.springframework.stereotype.Component;

/**
 * {@code admin add-field-key}: the first step of a key rotation. Adds a fresh field key to the key file without
 * making it active, so that every node can learn it (by a restart) before any value is sealed with it.
 */
@Component
class AddFieldKeyCommand implements AdminCommand {

    private final FieldKeyFile keyFile;
    private final AuditTrail audit;

    AddFieldKeyCommand(FieldKeyFile keyFile, AuditTrail audit) {
        this.keyFile = keyFile;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "add-field-key";
    }

    @Override
    public String usage() {
        return "(no options) adds a new field-encryption key to the key file, not yet active (rotation step 1 of 3)";
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        if (!keyFile.inUse()) {
            out.println("The keys are given in settings, not in a key file: add the new key as "
                    + "OPENACE_KEYS_FIELD_<ID> (base64 of 32 random bytes) on every node and restart them.");
            return 1;
        }
        String id = keyFile.addFieldKey();
        audit.record(AuditRecord.of("FIELD_KEY_ADDED", AuditOutcome.SUCCESS).actor(AuditActor.SYSTEM)
                .object("FIELD_KEY", id).from("command-line"));
        out.println("Added field key " + id + " to " + keyFile.path() + " (not active).");
        out.println("Next: give every node this key file and restart them, then run: admin activate-field-key --id="
                + id);
        return 0;
    }
}
