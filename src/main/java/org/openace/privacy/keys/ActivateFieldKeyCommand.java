package org.openace.privacy.keys;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.platform.AdminCommand;
import org.openace.platform.FieldKeyFile;
import org.springframework.stereotype.Component;

/**
 * {@code admin activate-field-key --id=k2}: the second step of a key rotation. Makes a key that every node already
 * knows the one new values are sealed with; nodes pick it up when restarted, and can read values sealed with it
 * meanwhile because they know it from step 1.
 */
@Component
class ActivateFieldKeyCommand implements AdminCommand {

    private final FieldKeyFile keyFile;
    private final AuditTrail audit;

    ActivateFieldKeyCommand(FieldKeyFile keyFile, AuditTrail audit) {
        this.keyFile = keyFile;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "activate-field-key";
    }

    @Override
    public String usage() {
        return "--id=<key id>  seals new values with this key from the next restart (rotation step 2 of 3)";
    }

    @Override
    public List<String> optionNames() {
        return List.of("id");
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        String id = options.get("id");
        if (id == null || id.isBlank() || id.equals("true")) {
            out.println("Give the key id: --id=<key id> (see admin field-keys)");
            return 2;
        }
        if (!keyFile.inUse()) {
            out.println("The keys are given in settings, not in a key file: set OPENACE_KEYS_ACTIVEFIELDKEY=" + id
                    + " on every node and restart them.");
            return 1;
        }
        if (!keyFile.fieldKeyIds().contains(id)) {
            out.println("There is no field key '" + id + "' in " + keyFile.path() + ". Keys: " + keyFile.fieldKeyIds());
            return 1;
        }
        keyFile.activate(id);
        audit.record(AuditRecord.of("FIELD_KEY_ACTIVATED", AuditOutcome.SUCCESS).actor(AuditActor.SYSTEM)
                .object("FIELD_KEY", id).from("command-line"));
        out.println("Field key " + id + " is now the active key in " + keyFile.path() + ".");
        out.println("Next: restart every node, then run: admin reencrypt-fields");
        return 0;
    }
}
