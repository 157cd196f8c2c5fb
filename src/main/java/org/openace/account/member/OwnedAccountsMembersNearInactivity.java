package org.openace.account.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openace.account.AccountRole;
import org.openace.account.MembersNearInactivity;
import org.openace.account.TradeAccount;
import org.openace.account.TradeAccountRegister;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.springframework.stereotype.Component;

/**
 * {@link MembersNearInactivity} from the owner's memberships: for each account they own or proxy-own, its active
 * members' inactivity deadlines (the identity module's), kept when before the date asked.
 */
@Component
class OwnedAccountsMembersNearInactivity implements MembersNearInactivity {

    private static final Set<AccountRole> OWNERS = Set.of(AccountRole.OWNER, AccountRole.PROXY_OWNER);

    private final Memberships memberships;
    private final TradeAccountRegister accounts;
    private final UserDirectory directory;

    OwnedAccountsMembersNearInactivity(Memberships memberships, TradeAccountRegister accounts, UserDirectory directory) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.directory = directory;
    }

    @Override
    public List<Member> of(UserId owner, Instant by) {
        List<Member> found = new ArrayList<>();
        for (Membership owned : memberships.ofUser(owner)) {
            if (owned.status() != Membership.Status.ACTIVE || !OWNERS.contains(owned.role())) {
                continue;
            }
            List<UserId> members = memberships.ofAccount(owned.accountId()).stream()
                    .filter(m -> m.status() == Membership.Status.ACTIVE).map(Membership::userId).toList();
            Map<UserId, Instant> deadlines = directory.inactivityDeadlines(members);
            String name = accounts.find(owned.accountId()).map(TradeAccount::displayName).orElse("");
            deadlines.forEach((user, deadline) -> {
                if (deadline.isBefore(by)) {
                    String shown = directory.find(user).map(UserSummary::displayName).orElse("");
                    found.add(new Member(owned.accountId(), name, user, shown, deadline));
                }
            });
        }
        found.sort(Comparator.comparing(Member::disabledAt).thenComparing(Member::displayName));
        return found;
    }
}
