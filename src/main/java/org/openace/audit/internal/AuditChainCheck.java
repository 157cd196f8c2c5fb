package org.openace.audit.internal;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditChainVerifier;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.audit.ChainVerification;
import org.springframework.stereotype.Component;

/**
 * Checks the audit chain from end to end and records that it was checked: {@code AUDIT_CHAIN_VERIFIED}, a
 * SUCCESS when the chain is intact, a FAILURE with the first broken position and what is wrong when it is not, with
 * the seals checked, the head and the events waiting to be sealed either way. Used by the console's button and by {@code admin verify-audit}.
 */
@Component
class AuditChainCheck {

    static final String ACTION = "AUDIT_CHAIN_VERIFIED";

    private final AuditChainVerifier verifier;
    private final AuditTrail audit;

    AuditChainCheck(AuditChainVerifier verifier, AuditTrail audit) {
        this.verifier = verifier;
        this.audit = audit;
    }

    /**
     * @param actor who asked, or null for the signed-in user of the current request
     * @param via   where the check was asked for ({@code console}, {@code command-line})
     */
    ChainVerification run(@Nullable AuditActor actor, String via) {
        ChainVerification result = verifier.verify();
        AuditRecord.Builder record = AuditRecord.of(ACTION, result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .detail("via", via)
                .detail("rowsChecked", result.rowsChecked())
                .detail("lastPosition", result.lastPosition())
                .detail("lastSeq", result.lastSeq())
                .detail("pending", result.pending())
                .detail("anchoredPosition", result.anchoredPosition())
                .detail("firstBrokenPosition", result.firstBrokenPosition())
                .detail("firstBrokenSeq", result.firstBrokenSeq())
                .detail("problem", result.problem())
                .detail("headHash", result.headHash());
        if (actor != null) {
            record.actor(actor);
        }
        audit.record(record);
        return result;
    }
}
