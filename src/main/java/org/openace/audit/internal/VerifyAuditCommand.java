package org.openace.audit.internal;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Map;

import org.openace.audit.AuditActor;
import org.openace.audit.ChainVerification;
import org.openace.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code admin verify-audit}: checks the audit chain from the first event to the last, as the console's button
 * does, and prints the events checked, the last sequence number, the head hash and whether the chain is intact.
 * Exits with 0 when it is, 1 when it is broken (for monitoring scripts). The check is recorded in the trail, as
 * done by the system from the command line.
 */
@Component
class VerifyAuditCommand implements AdminCommand {

    private final AuditChainCheck chainCheck;

    VerifyAuditCommand(AuditChainCheck chainCheck) {
        this.chainCheck = chainCheck;
    }

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public String usage() {
        return "(no options) checks the audit trail's hash chain; exit code 0 if intact, 1 if broken";
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        ChainVerification result = chainCheck.run(AuditActor.SYSTEM, "command-line");
        out.println("Events checked:       " + result.rowsChecked());
        out.println("Last sequence number: " + result.lastSeq());
        out.println("Head hash:            " + result.headHash());
        if (result.intact()) {
            out.println("The audit chain is intact.");
            return 0;
        }
        out.println("The audit chain is BROKEN at sequence number " + result.firstBrokenSeq()
                + ": that event, or the one before it, was changed, inserted or removed outside the portal.");
        return 1;
    }
}
