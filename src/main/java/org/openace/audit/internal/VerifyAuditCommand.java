package org.openace.audit.internal;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Map;

import org.openace.audit.AuditActor;
import org.openace.audit.ChainVerification;
import org.openace.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code admin verify-audit}: seals what is waiting, checks the audit chain from the first seal to the last against
 * the events and the head anchored outside the database, as the console's button does, and prints the events
 * checked, the head and whether the chain is intact. Exits with 0 when it is, 1 when it is broken (for monitoring
 * scripts). The check is recorded in the trail, as done by the system from the command line.
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
        return "(no options) checks the audit trail's hash chain and its anchored head; exit code 0 if intact, 1 if broken";
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        ChainVerification result = chainCheck.run(AuditActor.SYSTEM, "command-line");
        out.println("Events checked:       " + result.rowsChecked());
        out.println("Last chain position:  " + result.lastPosition());
        out.println("Last sequence number: " + result.lastSeq());
        out.println("Head hash:            " + result.headHash());
        out.println("Waiting to be sealed: " + result.pending());
        out.println("Anchored position:    " + (result.anchoredPosition() == null ? "none yet" : result.anchoredPosition()));
        if (result.intact()) {
            out.println("The audit chain is intact.");
            return 0;
        }
        out.println("The audit chain is BROKEN" + (result.firstBrokenPosition() == null ? ""
                : " at chain position " + result.firstBrokenPosition()) + ": " + result.problem());
        return 1;
    }
}
