package org.openace.account.core;

import java.util.Optional;

import org.openace.account.AccountId;
import org.openace.account.AccountOpening;
import org.openace.account.SubAccountId;
import org.openace.account.TradeAccount;
import org.openace.account.TradeAccountRegister;
import org.openace.account.TradeIdentifier;
import org.openace.privacy.TaxIdentifier;
import org.springframework.stereotype.Component;

/** The register of trade accounts as other modules see it, answered from the account tables. */
@Component
class SqlTradeAccountRegister implements TradeAccountRegister {

    private final OpenTradeAccount openTradeAccount;
    private final TradeAccounts accounts;
    private final SubAccounts subAccounts;
    private final Identifiers identifiers;

    SqlTradeAccountRegister(OpenTradeAccount openTradeAccount, TradeAccounts accounts, SubAccounts subAccounts,
                            Identifiers identifiers) {
        this.openTradeAccount = openTradeAccount;
        this.accounts = accounts;
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
    }

    @Override
    public Opened open(AccountOpening opening) {
        OpenTradeAccount.Opened opened = openTradeAccount.open(opening);
        return new Opened(opened.account(), opened.owner().id());
    }

    @Override
    public Optional<TradeAccount> find(AccountId id) {
        return accounts.find(id);
    }

    @Override
    public Optional<TradeAccount> holderOfTaxIdentifier(TaxIdentifier tax) {
        return accounts.findByTaxIdentifier(tax);
    }

    @Override
    public Optional<TradeAccount> holderOfIdentifier(TradeIdentifier identifier) {
        return identifiers.findByValue(identifier)
                .flatMap(held -> subAccounts.find(held.subAccountId()))
                .flatMap(sub -> accounts.find(sub.accountId()));
    }

    @Override
    public Optional<AccountId> accountOf(SubAccountId subAccount) {
        return subAccounts.find(subAccount).map(SubAccount::accountId);
    }
}
