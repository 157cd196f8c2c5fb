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
import org.openace.platform.KeyRing;
import org.springframework.stereotype.Component;

/**
 * {@code admin reencrypt-fields}: the last step of a key rotation. Re-seals with the active key every value sealed
 * with another one; safe to run while the portal serves, and again. Exit code 1 if some value could not be read.
 */
@Component
class ReencryptFieldsCommand implements AdminCommand {

    private final FieldReencryption reencryption;
    private final KeyRing keys;
    private final AuditTrail audit;

    ReencryptFieldsCommand(FieldReencryption reencryption, KeyRing keys, AuditTrail audit) {
        this.reencryption = reencryption;
        this.keys = keys;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "reencrypt-fields";
    }

    @Override
    public String usage() {
        return "(no options) re-seals every encrypted value with the active field key (rotation step 3 of 3)";
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        out.println("Re-sealing with field key " + keys.activeFieldKeyId() + " ...");
        List<FieldReencryption.Outcome> outcomes = reencryption.reencryptAll();
        int resealed = 0;
        int unreadable = 0;
        for (FieldReencryption.Outcome outcome : outcomes) {
            out.printf("  %-45s %8d re-sealed%s%n", outcome.column(), outcome.resealed(),
                    outcome.unreadable() == 0 ? "" : ", " + outcome.unreadable() + " UNREADABLE");
            resealed += outcome.resealed();
            unreadable += outcome.unreadable();
        }
        audit.record(AuditRecord.of("FIELDS_REENCRYPTED", unreadable == 0 ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .actor(AuditActor.SYSTEM).object("FIELD_KEY", keys.activeFieldKeyId()).detail("resealed", resealed)
                .detail("unreadable", unreadable).from("command-line"));
        if (unreadable > 0) {
            out.println(unreadable + " values do not open with any key this node knows (a key is missing from the "
                    + "key file, or the value was changed outside the portal); they were left as they are.");
            return 1;
        }
        out.println("Done: " + resealed + " values re-sealed. admin field-keys shows which keys are no longer used.");
        return 0;
    }
}
