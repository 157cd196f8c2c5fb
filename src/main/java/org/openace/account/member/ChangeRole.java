package org.openace.account.member;

import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Memberships;
import org.openace.account.core.Rights;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner makes a member a proxy owner, or a proxy owner a user again (A3). A new proxy owner's rights go (they
 * have every right); a proxy owner made a user starts without rights. The owner's role changes only by handing on
 * the ownership ({@link TransferOwnership}).
 */
@Component
class ChangeRole {

    private final MemberLookup lookup;
    private final Memberships memberships;
    private final Rights rights;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ChangeRole(MemberLookup lookup, Memberships memberships, Rights rights, AuditTrail audit,
               TransactionTemplate transaction) {
        this.lookup = lookup;
        this.memberships = memberships;
        this.rights = rights;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** @return whether the role changed (false: the member had that role already) */
    public boolean change(CurrentUser actor, AccountId account, UserId user, AccountRole role) {
        return AccountAudit.refusalsAudited(audit, "ACCOUNT_ROLE_CHANGED", actor, "USER", user, account,
                () -> transaction.execute(status -> {
                    MemberLookup.Target target = lookup.lockTarget(actor, account, user);
                    MemberPolicy.check(MemberPolicy.Action.CHANGE_ROLE, actor.id(), target.actorRole(), user,
                            target.role());
                    if (role == AccountRole.OWNER) {
                        throw AccountChangeRefusedException.field("ROLE_NOT_ALLOWED", "role", "Choose user or proxy "
                                + "owner; the ownership is handed on with its own action.");
                    }
                    if (role == target.role()) {
                        return false;
                    }
                    memberships.changeRole(account, user, role);
                    int revoked = role == AccountRole.PROXY_OWNER ? rights.revokeAll(account, user) : 0;
                    audit.record(AccountAudit.done("ACCOUNT_ROLE_CHANGED", actor, "USER", user, account)
                            .detail("from", target.role()).detail("to", role).detail("rightsRevoked", revoked));
                    return true;
                }));
    }
}
