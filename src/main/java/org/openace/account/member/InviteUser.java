package org.openace.account.member;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.TradeAccount;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.RightSpec;
import org.openace.account.core.Rights;
import org.openace.account.core.TradeAccounts;
import org.openace.account.mine.AnswerInvitation;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.identity.Username;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone who manages the account's users invites a user (A3), with a role and first rights:
 * <ul>
 * <li>an existing trade user, by user ID: they are invited (and told by e-mail) and become a member when they accept
 * on their own "Trade accounts" page, within {@link AnswerInvitation#VALIDITY};</li>
 * <li>a new person: their user is created and they are e-mailed the link to set a password (which also proves the
 * address); they are a member at once and can sign in once the password is set.</li>
 * </ul>
 * Only the owner invites proxy owners; rights follow {@link RightsPolicy}. All or nothing: if the welcome e-mail to
 * a new person cannot be sent, neither the user nor the membership is kept.
 */
@Component
class InviteUser {

    /** Who is invited. */
    public sealed interface Invitee {
        /** A user who exists already. */
        record Existing(Username username) implements Invitee {
        }

        /** A new person, who gets a user. */
        record NewPerson(Username username, String displayName, EmailAddress email) implements Invitee {
        }
    }

    /** A checked invitation: who, as what, with which rights (rights are for users; proxy owners have them all). */
    public record Invitation(Invitee invitee, AccountRole role, List<RightSpec> rights) {
        public Invitation {
            rights = List.copyOf(rights);
        }
    }

    /**
     * @param user       the invited user
     * @param newUser    whether the user was created (and is a member already)
     * @param expiresAt  when an invitation of an existing user can no longer be accepted
     */
    public record Invited(UserSummary user, boolean newUser, Instant expiresAt) {
    }

    private static final String NO_SUCH_TRADE_USER = "No trade user can be invited with that user ID. Check it, or "
            + "invite them as a new person.";

    private final MemberLookup lookup;
    private final TradeAccounts accounts;
    private final Memberships memberships;
    private final Rights rights;
    private final ChangeRights changeRights;
    private final UserDirectory directory;
    private final InvitationMail mail;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InviteUser(MemberLookup lookup, TradeAccounts accounts, Memberships memberships, Rights rights,
               ChangeRights changeRights, UserDirectory directory, InvitationMail mail, AuditTrail audit,
               TransactionTemplate transaction, Clock clock) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.memberships = memberships;
        this.rights = rights;
        this.changeRights = changeRights;
        this.directory = directory;
        this.mail = mail;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Invited invite(CurrentUser actor, AccountId account, Invitation invitation) {
        Invited invited = AccountAudit.refusalsAudited(audit, "ACCOUNT_MEMBER_INVITED", actor, "TRADE_ACCOUNT", account,
                account, () -> transaction.execute(status -> store(actor, account, invitation)));
        if (invited.newUser()) {
            return invited;
        }
        TradeAccount company = accounts.find(account).orElseThrow();
        mail.send(invited.user(), actor.displayName(), company, invitation.role(), invited.expiresAt());
        return invited;
    }

    private Invited store(CurrentUser actor, AccountId account, Invitation invitation) {
        AccountRole actorRole = lookup.actorRole(actor, account);
        MemberPolicy.checkInvitation(actorRole, invitation.role());
        List<RightSpec> given = invitation.role() == AccountRole.USER ? invitation.rights() : List.of();
        TradeAccount company = accounts.find(account).orElseThrow(AccountDataNotFoundException::new);
        Instant now = clock.instant();
        UserSummary user;
        boolean newUser = invitation.invitee() instanceof Invitee.NewPerson;
        switch (invitation.invitee()) {
            case Invitee.Existing existing -> {
                user = directory.findByUsername(existing.username())
                        .filter(u -> u.isActive() && u.roles().contains(Role.TRADE))
                        .orElseThrow(() -> AccountChangeRefusedException.field("VALIDATION_FAILED", "username",
                                NO_SUCH_TRADE_USER));
                if (user.id().equals(actor.id())) {
                    throw AccountChangeRefusedException.field("VALIDATION_FAILED", "username",
                            "You are a member of this account already.");
                }
                Optional<Membership> present = memberships.findForUpdate(account, user.id());
                if (present.filter(m -> m.status() == Membership.Status.ACTIVE).isPresent()) {
                    throw AccountChangeRefusedException.field("ALREADY_MEMBER", "username",
                            "User " + user.username() + " is a member of this account already.");
                }
                requireWithinReach(actor, account, actorRole, given);
                memberships.add(account, user.id(), invitation.role(), Membership.Status.INVITED, actor.id());
            }
            case Invitee.NewPerson person -> {
                requireWithinReach(actor, account, actorRole, given);
                try {
                    user = directory.createAndInvite(person.username(), person.displayName(), person.email(),
                            Set.of(Role.TRADE), "you were invited to the trade account of " + company.displayName()
                                    + " (" + company.number() + ")");
                }
                catch (UserDirectory.UsernameTakenException e) {
                    throw AccountChangeRefusedException.field("USERNAME_TAKEN", "username",
                            "That user ID is taken. Choose another.");
                }
                memberships.add(account, user.id(), invitation.role(), Membership.Status.ACTIVE, actor.id());
            }
        }
        rights.replace(account, user.id(), given, actor.id());
        audit.record(AccountAudit.done("ACCOUNT_MEMBER_INVITED", actor, "USER", user.id(), account)
                .detail("role", invitation.role()).detail("newUser", newUser).detail("rights", given.size()));
        return new Invited(user, newUser, now.plus(AnswerInvitation.VALIDITY));
    }

    private void requireWithinReach(CurrentUser actor, AccountId account, AccountRole actorRole, List<RightSpec> given) {
        changeRights.requireWithinReach(actor, account, actorRole, given);
    }
}
