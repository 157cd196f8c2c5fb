package org.openace.account;

import java.util.UUID;

/**
 * An identifier was taken from a sub-account: data that carries it is no longer visible from the sub-account
 * through it. Published in the transaction that withdraws it.
 */
public record IdentifierWithdrawn(SubAccountId subAccount, UUID identifierId, IdentifierKind kind) {
}
