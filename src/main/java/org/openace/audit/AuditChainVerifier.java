package org.openace.audit;

/** Checks the whole audit chain. */
public interface AuditChainVerifier {

    /**
     * Seals the events committed and waiting (as the sealer would a moment later), then checks every seal in chain
     * order against the event it seals, every event against the chain, and the chain's head against the signed head
     * anchored outside the database.
     */
    ChainVerification verify();
}
