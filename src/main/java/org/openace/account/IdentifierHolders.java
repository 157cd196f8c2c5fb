package org.openace.account;

import java.util.Optional;
import java.util.UUID;

/**
 * Which sub-account holds an identifier (an importer number, a filer code), for the modules whose data is visible
 * from the sub-account that holds the identifier it carries: an entry from its importer's sub-account and its
 * filer's. Whether the holder is active is for
 * {@link AccessControl} to say when the data is reached.
 */
public interface IdentifierHolders {

    /** The sub-account holding an identifier and the id of the identifier's row (what rights narrow to). */
    record Holder(SubAccountId subAccount, UUID identifierId) {
    }

    Optional<Holder> holderOf(TradeIdentifier identifier);

    /**
     * The value of an identifier held by some sub-account, by its id (as {@link IdentifierAssigned} names it), opened
     * if it is personal data: keep it in memory only.
     */
    Optional<TradeIdentifier> identifier(UUID identifierId);
}
