package org.openace.account.core;

import java.util.UUID;

import org.openace.account.IdentifierKind;
import org.openace.account.SubAccountId;

/** An identifier held by a sub-account, as shown (masked when it is personal data). */
public record Identifier(UUID id, SubAccountId subAccountId, IdentifierKind kind, String display) {
}
