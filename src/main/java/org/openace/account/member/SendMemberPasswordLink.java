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
 * Someone who manages the account's users e-mails a member a link to set or reset their password (to the member's
 * own address; at most one reset link an hour).
 */
@Component
class SendMemberPasswordLink {

    private final MemberLookup lookup;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    SendMemberPasswordLink(MemberLookup lookup, UserDirectory directory, AuditTrail audit,
                           TransactionTemplate transaction) {
        this.lookup = lookup;
        this.directory = directory;
        this.audit = audit;
        this.transaction = transaction;
    }

    public void send(CurrentUser actor, AccountId account, UserId user) {
        AccountAudit.refusalsAudited(audit, "ACCOUNT_MEMBER_PASSWORD_LINK_SENT", actor, "USER", user, account,
                () -> transaction.execute(status -> {
                    MemberLookup.Target target = lookup.lockTarget(actor, account, user);
                    MemberPolicy.check(MemberPolicy.Action.SEND_PASSWORD_LINK, actor.id(), target.actorRole(), user,
                            target.role());
                    if (!directory.sendPasswordLink(user)) {
                        throw AccountChangeRefusedException.conflict("LINK_NOT_SENT", "No link was sent: user "
                                + target.user().username() + " is not active, or was sent a link within the last hour.");
                    }
                    audit.record(AccountAudit.done("ACCOUNT_MEMBER_PASSWORD_LINK_SENT", actor, "USER", user, account));
                    return true;
                }));
    }
}
