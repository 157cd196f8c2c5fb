package org.openace.account;

import java.util.Optional;

import org.openace.identity.UserId;
import org.openace.privacy.TaxIdentifier;

/**
 * What other modules may ask of the register of trade accounts: open an account (onboarding does, on approval), read
 * one, and find the account that already holds a tax identifier or an identifier.
 */
public interface TradeAccountRegister {

    /** The account opened and its owner. */
    record Opened(TradeAccount account, UserId owner) {
    }

    /**
     * Opens an account with its sub-accounts, identifiers, owner and contacts, all or nothing.
     *
     * @throws DuplicateIdentifierException if the tax identifier or an identifier belongs to another account
     * @throws IllegalArgumentException if a sub-account lacks an identifier its activity requires
     * @throws org.openace.identity.UserDirectory.UsernameTakenException if the new owner's user ID is taken
     */
    Opened open(AccountOpening opening);

    Optional<TradeAccount> find(AccountId id);

    /** The account whose own tax identifier this is. */
    Optional<TradeAccount> holderOfTaxIdentifier(TaxIdentifier tax);

    /** The account one of whose sub-accounts has this identifier. */
    Optional<TradeAccount> holderOfIdentifier(TradeIdentifier identifier);

    /** The top account a sub-account belongs to (whatever the status of either), if the sub-account exists. */
    Optional<AccountId> accountOf(SubAccountId subAccount);
}
