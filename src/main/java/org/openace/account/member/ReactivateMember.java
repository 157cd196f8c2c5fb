package org.openace.account.member;

import org.openace.account.AccountId;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone who manages the account's users reactivates a member's user that was disabled for inactivity or
 * deactivated (P5): they can sign in again, and the inactivity clock starts again.
 */
@Component
class ReactivateMember {

    private final MemberLookup lookup;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ReactivateMember(MemberLookup lookup, UserDirectory directory, AuditTrail audit, TransactionTemplate transaction) {
        this.lookup = lookup;
        this.directory = directory;
        this.audit = audit;
        this.transaction = transaction;
    }

    public void reactivate(CurrentUser actor, AccountId account, UserId user) {
        AccountAudit.refusalsAudited(audit, "ACCOUNT_MEMBER_REACTIVATED", actor, "USER", user, account,
                () -> transaction.execute(status -> {
                    MemberLookup.Target target = lookup.lockTarget(actor, account, user);
                    MemberPolicy.check(MemberPolicy.Action.REACTIVATE, actor.id(), target.actorRole(), user,
                            target.role());
                    OnlyTradeRole.require(target.user());
                    if (!directory.reactivate(user)) {
                        throw AccountChangeRefusedException.conflict("ALREADY_ACTIVE", "User "
                                + target.user().username() + " is active already.");
                    }
                    audit.record(AccountAudit.done("ACCOUNT_MEMBER_REACTIVATED", actor, "USER", user, account)
                            .detail("previousStatus", target.user().status()));
                    return true;
                }));
    }
}
