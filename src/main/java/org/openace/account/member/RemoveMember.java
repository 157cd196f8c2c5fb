package org.openace.account.member;

import java.util.List;

import org.openace.account.AccountId;
import org.openace.account.AccountMemberRemoved;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.Right;
import org.openace.account.core.Rights;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone who manages the account's users removes a member (or withdraws an invitation): the membership ends, every
 * right in the account goes (with what the account's grants passed on to them and their client groups), and every
 * session the user has open ends at once, so that nothing of the account stays on their screen. Their user stays:
 * they may belong to other accounts.
 */
@Component
class RemoveMember {

    private final MemberLookup lookup;
    private final Memberships memberships;
    private final Rights rights;
    private final ChangeRights changeRights;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    RemoveMember(MemberLookup lookup, Memberships memberships, Rights rights, ChangeRights changeRights,
                 UserDirectory directory, ApplicationEventPublisher events,
                 JdbcClient jdbc, AuditTrail audit, TransactionTemplate transaction) {
        this.lookup = lookup;
        this.memberships = memberships;
        this.rights = rights;
        this.changeRights = changeRights;
        this.directory = directory;
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
    }

    public void remove(CurrentUser actor, AccountId account, UserId user) {
        AccountAudit.refusalsAudited(audit, "ACCOUNT_MEMBER_REMOVED", actor, "USER", user, account,
                () -> transaction.execute(status -> {
                    MemberLookup.Target target = lookup.lockTarget(actor, account, user);
                    MemberPolicy.check(MemberPolicy.Action.REMOVE, actor.id(), target.actorRole(), user, target.role());
                    List<Right> held = rights.of(account, user);
                    changeRights.requireWithinReach(actor, account, target.actorRole(),
                            held.stream().map(Right::spec).toList());
                    memberships.changeStatus(account, user, Membership.Status.REMOVED);
                    int revoked = rights.revokeAll(account, user);
                    int passedOn = jdbc.sql("""
                            delete from grant_delegation where user_id = ?
                            and grant_id in (select id from cross_account_grant where grantee_account_id = ?)
                            """).param(user.value()).param(account.value()).update()
                            + jdbc.sql("""
                            delete from client_group_user where user_id = ?
                            and group_id in (select id from client_group where account_id = ?)
                            """).param(user.value()).param(account.value()).update();
                    audit.record(AccountAudit.done("ACCOUNT_MEMBER_REMOVED", actor, "USER", user, account)
                            .detail("role", target.role()).detail("previousStatus", target.membership().status())
                            .detail("rightsRevoked", revoked).detail("delegationsRevoked", passedOn));
                    events.publishEvent(new AccountMemberRemoved(account, user));
                    return true;
                }));
        // after the commit, and before the answer (not by an asynchronous listener): the sessions end once the
        // membership is gone, so that no request sees the old state, and the user's next request is already refused
        directory.endSessions(user);
    }
}
