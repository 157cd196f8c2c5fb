package org.openace.account.member;

import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.Rights;
import org.openace.account.core.TradeAccounts;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner hands on the ownership to an active member who can sign in: they become the owner, and the former owner
 * a proxy owner, in one step (an account always has exactly one owner).
 */
@Component
class TransferOwnership {

    private final MemberLookup lookup;
    private final TradeAccounts accounts;
    private final Memberships memberships;
    private final Rights rights;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    TransferOwnership(MemberLookup lookup, TradeAccounts accounts, Memberships memberships, Rights rights,
                      AuditTrail audit, TransactionTemplate transaction) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.memberships = memberships;
        this.rights = rights;
        this.audit = audit;
        this.transaction = transaction;
    }

    public void transfer(CurrentUser actor, AccountId account, UserId user) {
        AccountAudit.refusalsAudited(audit, "ACCOUNT_OWNERSHIP_TRANSFERRED", actor, "TRADE_ACCOUNT", account, account,
                () -> transaction.execute(status -> {
                    accounts.lock(account);
                    MemberLookup.Target target = lookup.lockTarget(actor, account, user);
                    MemberPolicy.check(MemberPolicy.Action.TRANSFER_OWNERSHIP, actor.id(), target.actorRole(), user,
                            target.role());
                    if (target.membership().status() != Membership.Status.ACTIVE || !target.user().isActive()
                            || !target.user().roles().contains(Role.TRADE)) {
                        throw AccountChangeRefusedException.conflict("NOT_ACTIVE_MEMBER", "The ownership can only go "
                                + "to an active member who can sign in.");
                    }
                    memberships.changeRole(account, actor.id(), AccountRole.PROXY_OWNER);
                    memberships.changeRole(account, user, AccountRole.OWNER);
                    int revoked = rights.revokeAll(account, user);
                    audit.record(AccountAudit.done("ACCOUNT_OWNERSHIP_TRANSFERRED", actor, "TRADE_ACCOUNT", account,
                            account).detail("from", actor.id()).detail("to", user).detail("rightsRevoked", revoked));
                    return true;
                }));
    }
}
