package org.openace.account.mine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.TradeAccount;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.TradeAccounts;
import org.openace.account.overview.Reach;
import org.openace.account.overview.ReachedSubAccount;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * A trade user's accounts (A3): those they belong to (a user may belong to several), their open invitations, and the
 * accounts whose data they reach through grants to an account of theirs (listed apart, grouped by account).
 */
@Component
public class MyAccounts {

    /** An account the user belongs to, with their role. */
    public record Member(TradeAccount account, AccountRole role) {
    }

    /** An open invitation; an expired one can only be declined. */
    public record Invitation(TradeAccount account, AccountRole role, Instant invitedAt, Instant expiresAt,
                             boolean expired) {
    }

    /** Another account whose data the user reaches, with the sub-accounts and what they may do there. */
    public record Granted(TradeAccount account, List<ReachedSubAccount> subAccounts) {
    }

    /** Everything on the user's "Trade accounts" page. */
    public record Overview(List<Member> memberships, List<Invitation> invitations, List<Granted> granted) {
    }

    private final Memberships memberships;
    private final TradeAccounts accounts;
    private final Reach reach;
    private final Clock clock;

    MyAccounts(Memberships memberships, TradeAccounts accounts, Reach reach, Clock clock) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.reach = reach;
        this.clock = clock;
    }

    public Overview of(UserId user) {
        Instant now = clock.instant();
        List<Member> members = new ArrayList<>();
        List<Invitation> invitations = new ArrayList<>();
        for (Membership membership : memberships.ofUser(user)) {
            TradeAccount account = accounts.find(membership.accountId()).orElseThrow();
            if (membership.status() == Membership.Status.ACTIVE) {
                members.add(new Member(account, membership.role()));
            }
            else if (membership.status() == Membership.Status.INVITED) {
                Instant expiresAt = membership.since().plus(AnswerInvitation.VALIDITY);
                invitations.add(new Invitation(account, membership.role(), membership.since(), expiresAt,
                        !now.isBefore(expiresAt)));
            }
        }
        members.sort(java.util.Comparator.comparing(m -> m.account().legalName().toLowerCase(java.util.Locale.ROOT)));
        Set<AccountId> own = members.stream().map(m -> m.account().id()).collect(Collectors.toSet());
        Map<AccountId, List<ReachedSubAccount>> byAccount = new LinkedHashMap<>();
        for (ReachedSubAccount reached : reach.of(user, null)) {
            if (!own.contains(reached.subAccount().accountId())) {
                byAccount.computeIfAbsent(reached.subAccount().accountId(), id -> new ArrayList<>()).add(reached);
            }
        }
        List<Granted> granted = new ArrayList<>();
        byAccount.forEach((id, subs) -> granted.add(new Granted(accounts.find(id).orElseThrow(), List.copyOf(subs))));
        granted.sort(java.util.Comparator.comparing(g -> g.account().legalName().toLowerCase(java.util.Locale.ROOT)));
        return new Overview(List.copyOf(members), List.copyOf(invitations), List.copyOf(granted));
    }
}
