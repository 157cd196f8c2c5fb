package org.openace.account.subaccount;

import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner closes a sub-account (or withdraws one waiting for approval): from the next request nobody reaches its
 * data, through rights or grants. An account keeps at least one active sub-account.
 */
@Component
class CloseSubAccount {

    private final TradeAccounts accounts;
    private final SubAccounts subAccounts;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CloseSubAccount(TradeAccounts accounts, SubAccounts subAccounts, AuditTrail audit, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.subAccounts = subAccounts;
        this.audit = audit;
        this.transaction = transaction;
    }

    public SubAccount close(CurrentUser actor, AccountId account, SubAccountId id) {
        return AccountAudit.refusalsAudited(audit, "SUB_ACCOUNT_CLOSED", actor, "SUB_ACCOUNT", id, account,
                () -> transaction.execute(status -> {
                    accounts.lock(account);
                    SubAccount sub = subAccounts.find(id).filter(s -> s.accountId().equals(account))
                            .orElseThrow(AccountDataNotFoundException::new);
                    if (sub.status() != SubAccount.Status.ACTIVE && sub.status() != SubAccount.Status.PENDING_APPROVAL) {
                        throw AccountChangeRefusedException.conflict("NOT_OPEN", "This sub-account is closed already "
                                + "or was not approved.");
                    }
                    if (sub.status() == SubAccount.Status.ACTIVE && subAccounts.countActive(account) == 1) {
                        throw AccountChangeRefusedException.conflict("LAST_ACTIVE_SUB_ACCOUNT", "This is the account's "
                                + "only active sub-account. An account keeps at least one.");
                    }
                    subAccounts.close(id);
                    audit.record(AccountAudit.done("SUB_ACCOUNT_CLOSED", actor, "SUB_ACCOUNT", id, account)
                            .detail("activity", sub.activity()).detail("previousStatus", sub.status()));
                    return sub;
                }));
    }
}
