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

/** Someone who manages the account's users lifts a member's lock after failed sign-in attempts. */
@Component
class UnlockMember {

    private final MemberLookup lookup;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    UnlockMember(MemberLookup lookup, UserDirectory directory, AuditTrail audit, TransactionTemplate transaction) {
        this.lookup = lookup;
        this.directory = directory;
        this.audit = audit;
        this.transaction = transaction;
    }

    public void unlock(CurrentUser actor, AccountId account, UserId user) {
        AccountAudit.refusalsAudited(audit, "ACCOUNT_MEMBER_UNLOCKED", actor, "USER", user, account,
                () -> transaction.execute(status -> {
                    MemberLookup.Target target = lookup.lockTarget(actor, account, user);
                    MemberPolicy.check(MemberPolicy.Action.UNLOCK, actor.id(), target.actorRole(), user, target.role());
                    if (!directory.unlock(user)) {
                        throw AccountChangeRefusedException.conflict("NOT_LOCKED", "User " + target.user().username()
                                + " is not locked; nothing was changed.");
                    }
                    audit.record(AccountAudit.done("ACCOUNT_MEMBER_UNLOCKED", actor, "USER", user, account));
                    return true;
                }));
    }
}
