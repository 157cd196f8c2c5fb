package org.openace.reference;

import java.time.LocalDate;

import org.openace.audit.AuditActor;

/**
 * Loads a reference file in its published format from another module, exactly as {@code admin load-reference} does:
 * all or nothing, audited, the same content again changes nothing. The generator of synthetic entries puts its
 * importers on file this way (CBP Form 5106 records as an {@link ReferenceKind#IMPORTERS} edition).
 */
public interface ReferenceFiles {

    /** How a load ended, with what to tell whoever asked. */
    record Outcome(boolean refused, boolean alreadyLoaded, String message) {
    }

    Outcome load(ReferenceKind kind, String fileName, byte[] content, String edition, LocalDate effective,
                 String loadedBy, AuditActor actor);
}
