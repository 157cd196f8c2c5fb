package org.openace.account.member;

import org.openace.account.AccountId;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Memberships;
import org.openace.account.core.Right;
import org.openace.account.core.Rights;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone who manages the account's users deactivates a member's user everywhere in the portal (their sessions end
 * at once) — only if the user belongs to no other trade account and has no other role; otherwise the answer is to
 * remove them from this account ({@link RemoveMember}).
 */
@Component
class DeactivateMember {

    private final MemberLookup lookup;
    private final Memberships memberships;
    private final Rights rights;
    private final ChangeRights changeRights;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    DeactivateMember(MemberLookup lookup, Memberships memberships, Rights rights, ChangeRights changeRights,
                     UserDirectory directory, AuditTrail audit, TransactionTemplate transaction) {
        this.lookup = lookup;
        this.memberships = memberships;
        this.rights = rights;
        this.changeRights = changeRights;
        this.directory = directory;
        this.audit = audit;
        this.transaction = transaction;
    }

    public void deactivate(CurrentUser actor, AccountId account, UserId user) {
        AccountAudit.refusalsAudited(audit, "ACCOUNT_MEMBER_DEACTIVATED", actor, "USER", user, account,
                () -> transaction.execute(status -> {
                    MemberLookup.Target target = lookup.lockTarget(actor, account, user);
                    MemberPolicy.check(MemberPolicy.Action.DEACTIVATE, actor.id(), target.actorRole(), user,
                            target.role());
                    changeRights.requireWithinReach(actor, account, target.actorRole(),
                            rights.of(account, user).stream().map(Right::spec).toList());
                    OnlyTradeRole.require(target.user());
                    if (memberships.countOtherAccounts(user, account) > 0) {
                        throw AccountChangeRefusedException.conflict("OTHER_ACCOUNTS", "User "
                                + target.user().username() + " also belongs to another trade account, so their user "
                                + "cannot be deactivated from here. Remove them from this account instead.");
                    }
                    if (!directory.deactivate(user)) {
                        throw AccountChangeRefusedException.conflict("ALREADY_DEACTIVATED", "User "
                                + target.user().username() + " is deactivated already.");
                    }
                    audit.record(AccountAudit.done("ACCOUNT_MEMBER_DEACTIVATED", actor, "USER", user, account)
                            .detail("previousStatus", target.user().status()));
                    return true;
                }));
    }
}
