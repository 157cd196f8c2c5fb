package org.openace.account.core;

import java.util.Optional;
import java.util.UUID;

import org.openace.account.IdentifierHolders;
import org.openace.account.TradeIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds the holder of an identifier by its keyed digest. Whether the holder's account and sub-account are active is
 * checked where access is decided ({@code entitled_sub_accounts}), on every request, not here.
 */
@Component
class SqlIdentifierHolders implements IdentifierHolders {

    private final Identifiers identifiers;

    SqlIdentifierHolders(Identifiers identifiers) {
        this.identifiers = identifiers;
    }

    @Override
    public Optional<Holder> holderOf(TradeIdentifier identifier) {
        return identifiers.findByValue(identifier)
                .map(found -> new Holder(found.subAccountId(), found.id()));
    }

    @Override
    public Optional<TradeIdentifier> identifier(UUID identifierId) {
        return identifiers.value(identifierId);
    }
}
