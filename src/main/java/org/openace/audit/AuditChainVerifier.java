package org.openace.audit;

/** Checks the whole audit chain. */
public interface AuditChainVerifier {

    ChainVerification verify();
}
