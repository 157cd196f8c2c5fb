package org.openace.account.member;

import org.openace.account.AccessControl;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Finds the two sides of an action on a member: the actor's role in the account, and the member (invited or active;
 * anyone else is "not found", as is an actor who is not an active member).
 */
@Component
class MemberLookup {

    /** The actor's role, the member's place in the account and the member's user. */
    record Target(AccountRole actorRole, Membership membership, UserSummary user) {

        AccountRole role() {
            return membership.role();
        }

        UserId id() {
            return membership.userId();
        }
    }

    private final AccessControl access;
    private final Memberships memberships;
    private final UserDirectory directory;

    MemberLookup(AccessControl access, Memberships memberships, UserDirectory directory) {
        this.access = access;
        this.memberships = memberships;
        this.directory = directory;
    }

    AccountRole actorRole(CurrentUser actor, AccountId account) {
        return access.roleIn(actor.id(), account).orElseThrow(AccountDataNotFoundException::new);
    }

    /** Reads (and locks, within the caller's transaction) the member's row. */
    Target lockTarget(CurrentUser actor, AccountId account, UserId user) {
        AccountRole actorRole = actorRole(actor, account);
        Membership membership = memberships.findForUpdate(account, user)
                .filter(m -> m.status() != Membership.Status.REMOVED)
                .orElseThrow(AccountDataNotFoundException::new);
        UserSummary summary = directory.find(user).orElseThrow(AccountDataNotFoundException::new);
        return new Target(actorRole, membership, summary);
    }
}
