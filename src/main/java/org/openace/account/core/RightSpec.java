package org.openace.account.core;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;

/**
 * A right as wanted or held, without its holder: a function at a level on a sub-account, narrowed by importer number
 * and filer code (ids of the account's identifiers; null for all) and port ({@code 9900} for all).
 */
public record RightSpec(SubAccountId subAccount, AccountFunction function, AccessLevel level,
                        @Nullable UUID importerIdentifier, @Nullable UUID filerIdentifier, PortCode port) {

    public RightSpec {
        Objects.requireNonNull(subAccount, "subAccount");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(port, "port");
    }

    /** Whether two specs are about the same data (they may differ in level only). */
    public boolean sameDataAs(RightSpec other) {
        return subAccount.equals(other.subAccount) && function == other.function
                && Objects.equals(importerIdentifier, other.importerIdentifier)
                && Objects.equals(filerIdentifier, other.filerIdentifier) && port.equals(other.port);
    }

    /**
     * Whether holding this right lets one do everything {@code wanted} allows: same sub-account and function, a
     * level at least as high, and a narrowing at most as tight.
     */
    public boolean covers(RightSpec wanted) {
        return subAccount.equals(wanted.subAccount) && function == wanted.function && level.covers(wanted.level)
                && (importerIdentifier == null || importerIdentifier.equals(wanted.importerIdentifier))
                && (filerIdentifier == null || filerIdentifier.equals(wanted.filerIdentifier))
                && (port.isAllPorts() || port.equals(wanted.port));
    }
}
