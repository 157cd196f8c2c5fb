package org.openace.account.subaccount;

import org.openace.account.AccountId;
import org.openace.account.DuplicateIdentifierException;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.Identifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An owner or proxy owner adds a sub-account for a business activity, with the identifiers the activity requires
 * (A2). Broker, filer and carrier sub-accounts wait for a customs officer's approval; the others are active at once.
 * All or nothing: a sub-account is never kept without its identifiers.
 */
@Component
public class AddSubAccount {

    private final SubAccounts subAccounts;
    private final Identifiers identifiers;
    private final IdentifierUniqueness uniqueness;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    AddSubAccount(SubAccounts subAccounts, Identifiers identifiers, IdentifierUniqueness uniqueness, AuditTrail audit,
                  TransactionTemplate transaction) {
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
        this.uniqueness = uniqueness;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * @param identifierField how to name an identifier's field in a refusal, by its position in the request
     * @throws AccountChangeRefusedException if an identifier belongs to a sub-account already
     */
    public SubAccount add(CurrentUser actor, AccountId account, SubAccountInput.NewSubAccount request,
                          java.util.function.IntFunction<String> identifierField) {
        return AccountAudit.refusalsAudited(audit, "SUB_ACCOUNT_ADDED", actor, "TRADE_ACCOUNT", account, account,
                () -> insert(actor, account, request, identifierField));
    }

    private SubAccount insert(CurrentUser actor, AccountId account, SubAccountInput.NewSubAccount request,
                              java.util.function.IntFunction<String> identifierField) {
        return transaction.execute(status -> {
            for (int i = 0; i < request.identifiers().size(); i++) {
                uniqueness.requireFree(account, request.identifiers().get(i), identifierField.apply(i));
            }
            SubAccount.Status initial = request.activity().needsOfficerApproval()
                    ? SubAccount.Status.PENDING_APPROVAL : SubAccount.Status.ACTIVE;
            SubAccount added = subAccounts.insert(account, request.activity(), request.name(), initial, actor.id());
            audit.record(AccountAudit.done(initial == SubAccount.Status.ACTIVE ? "SUB_ACCOUNT_ADDED"
                            : "SUB_ACCOUNT_REQUESTED", actor, "SUB_ACCOUNT", added.id(), account)
                    .detail("activity", request.activity()).detail("status", initial));
            for (int i = 0; i < request.identifiers().size(); i++) {
                TradeIdentifier identifier = request.identifiers().get(i);
                Identifier stored;
                try {
                    stored = identifiers.insert(added.id(), identifier);
                }
                catch (DuplicateIdentifierException e) {
                    throw IdentifierUniqueness.taken(identifier, identifierField.apply(i));
                }
                audit.record(AccountAudit.done("IDENTIFIER_ADDED", actor, "IDENTIFIER", stored.id(), account)
                        .detail("subAccount", added.id()).detail("kind", identifier.kind()));
            }
            return added;
        });
    }
}
