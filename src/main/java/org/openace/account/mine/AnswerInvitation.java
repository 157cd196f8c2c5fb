package org.openace.account.mine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.Rights;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invited user accepts (they become an active member, with the rights they were invited with) or declines (the
 * invitation and its rights go). An invitation can be accepted for {@link #VALIDITY} after it was sent; then only
 * declined. Only the invited user answers: anyone else, and an invitation that does not exist, is "not found".
 */
@Component
public class AnswerInvitation {

    /** How long an invitation to an existing user can be accepted. */
    public static final Duration VALIDITY = Duration.ofDays(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Memberships memberships;
    private final Rights rights;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AnswerInvitation(Memberships memberships, Rights rights, AuditTrail audit, TransactionTemplate transaction,
                     Clock clock) {
        this.memberships = memberships;
        this.rights = rights;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @throws AccountDataNotFoundException if the user has no open invitation to the account
     * @throws AccountChangeRefusedException if the invitation has expired
     */
    public void accept(CurrentUser user, AccountId account) {
        AccountAudit.refusalsAudited(audit, "ACCOUNT_INVITATION_ACCEPTED", user, "TRADE_ACCOUNT", account, account,
                () -> transaction.execute(status -> {
                    Membership invitation = openInvitation(user, account);
                    Instant now = clock.instant();
                    Instant expiresAt = invitation.since().plus(VALIDITY);
                    if (!now.isBefore(expiresAt)) {
                        throw AccountChangeRefusedException.conflict("INVITATION_EXPIRED", "This invitation expired on "
                                + DAY.format(expiresAt) + ". Ask the account owner to invite you again.");
                    }
                    if (!memberships.accept(account, user.id(), now.minus(VALIDITY))) {
                        throw new AccountDataNotFoundException();
                    }
                    audit.record(AccountAudit.done("ACCOUNT_INVITATION_ACCEPTED", user, "TRADE_ACCOUNT", account, account)
                            .detail("role", invitation.role()));
                    return invitation;
                }));
    }

    /** @throws AccountDataNotFoundException if the user has no open invitation to the account */
    public void decline(CurrentUser user, AccountId account) {
        transaction.executeWithoutResult(status -> {
            Membership invitation = openInvitation(user, account);
            memberships.decline(account, user.id());
            int revoked = rights.revokeAll(account, user.id());
            audit.record(AccountAudit.done("ACCOUNT_INVITATION_DECLINED", user, "TRADE_ACCOUNT", account, account)
                    .detail("role", invitation.role()).detail("rightsRevoked", revoked));
        });
    }

    private Membership openInvitation(CurrentUser user, AccountId account) {
        return memberships.findForUpdate(account, user.id())
                .filter(m -> m.status() == Membership.Status.INVITED)
                .orElseThrow(AccountDataNotFoundException::new);
    }
}
