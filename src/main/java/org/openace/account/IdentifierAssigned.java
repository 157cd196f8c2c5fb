package org.openace.account;

import java.util.UUID;

/**
 * A sub-account was given an identifier (an importer number, a filer code, ...): data that carries the identifier,
 * filed before, becomes visible from the sub-account. Carries the identifier's id, never its value (importer numbers
 * may be personal data, and events are stored by the publication registry); {@link IdentifierHolders#identifier}
 * gives the value to the modules that need it. Published in the transaction that assigns it.
 */
public record IdentifierAssigned(SubAccountId subAccount, UUID identifierId, IdentifierKind kind) {
}
