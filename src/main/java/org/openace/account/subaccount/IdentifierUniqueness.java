package org.openace.account.subaccount;

import org.openace.account.AccountId;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Identifiers;
import org.openace.account.core.SubAccounts;
import org.springframework.stereotype.Component;

/**
 * An identifier belongs to one sub-account across all accounts. If this account holds it already, the person is
 * told so; if another account does, they are told only that it cannot be added (never which account holds it).
 */
@Component
class IdentifierUniqueness {

    private final Identifiers identifiers;
    private final SubAccounts subAccounts;

    IdentifierUniqueness(Identifiers identifiers, SubAccounts subAccounts) {
        this.identifiers = identifiers;
        this.subAccounts = subAccounts;
    }

    /** @throws AccountChangeRefusedException a field error about {@code field} if some sub-account holds it */
    void requireFree(AccountId account, TradeIdentifier identifier, String field) {
        identifiers.findByValue(identifier).ifPresent(held -> {
            boolean ours = subAccounts.find(held.subAccountId()).filter(s -> s.accountId().equals(account)).isPresent();
            throw ours
                    ? AccountChangeRefusedException.field("IDENTIFIER_ALREADY_HELD", field,
                    "This account already holds this " + IdentifierWords.of(identifier.kind()) + ".")
                    : taken(identifier, field);
        });
    }

    static AccountChangeRefusedException taken(TradeIdentifier identifier, String field) {
        return AccountChangeRefusedException.field("DUPLICATE_IDENTIFIER", field, "This "
                + IdentifierWords.of(identifier.kind()) + " cannot be added. If it is yours, call the support center.");
    }
}
