package org.openace.account;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The piece of trade data an access decision is about: which sub-account it belongs to and, where it has them, its
 * importer number, filer code (as the ids of the identifiers that hold them) and port.
 */
public record DataRef(SubAccountId subAccount, @Nullable UUID importerIdentifier, @Nullable UUID filerIdentifier,
                      @Nullable PortCode port) {

    /** Data of a sub-account as a whole (its profile, its users). */
    public static DataRef of(SubAccountId subAccount) {
        return new DataRef(subAccount, null, null, null);
    }
}
