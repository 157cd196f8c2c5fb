package org.openace.account.member;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.Right;
import org.openace.account.core.Rights;
import org.openace.account.mine.AnswerInvitation;
import org.openace.account.overview.AccountOverviews;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.springframework.stereotype.Component;

/** The members of an account (active and invited) as those who manage its users see them. */
@Component
public class AccountMembers {

    /**
     * A member with their user.
     *
     * @param invitationExpiresAt for an invited member, when the invitation can no longer be accepted
     */
    public record MemberView(Membership membership, UserSummary user, @Nullable Instant invitationExpiresAt,
                             boolean invitationExpired) {

        public boolean invited() {
            return membership.status() == Membership.Status.INVITED;
        }
    }

    /** One member with their rights. */
    public record MemberDetail(MemberView member, List<Right> rights, List<AccountOverviews.RightView> described) {
    }

    private final Memberships memberships;
    private final Rights rights;
    private final UserDirectory directory;
    private final AccountOverviews overviews;
    private final Clock clock;

    AccountMembers(Memberships memberships, Rights rights, UserDirectory directory, AccountOverviews overviews,
                   Clock clock) {
        this.memberships = memberships;
        this.rights = rights;
        this.directory = directory;
        this.overviews = overviews;
        this.clock = clock;
    }

    /** Owner first, then proxy owners, then users; each in the order they joined. */
    public List<MemberView> of(AccountId account) {
        List<MemberView> members = new ArrayList<>();
        for (Membership membership : memberships.ofAccount(account)) {
            directory.find(membership.userId()).ifPresent(user -> members.add(view(membership, user)));
        }
        return members;
    }

    /** @throws AccountDataNotFoundException if the user is not an active or invited member of the account */
    public MemberDetail detail(AccountId account, UserId user) {
        Membership membership = memberships.find(account, user)
                .filter(m -> m.status() != Membership.Status.REMOVED)
                .orElseThrow(AccountDataNotFoundException::new);
        UserSummary summary = directory.find(user).orElseThrow(AccountDataNotFoundException::new);
        List<Right> held = rights.of(account, user);
        return new MemberDetail(view(membership, summary), held, overviews.describe(account, held));
    }

    private MemberView view(Membership membership, UserSummary user) {
        if (membership.status() != Membership.Status.INVITED) {
            return new MemberView(membership, user, null, false);
        }
        Instant expiresAt = membership.since().plus(AnswerInvitation.VALIDITY);
        return new MemberView(membership, user, expiresAt, !clock.instant().isBefore(expiresAt));
    }
}
