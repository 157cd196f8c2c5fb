package org.openace.account.officer;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.account.SubAccountId;
import org.openace.account.TradeAccount;
import org.openace.account.core.Memberships;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccounts;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customs officer approves a broker, filer or carrier sub-account an owner added (it becomes active) or rejects it
 * with a reason. Only a pending sub-account is decided, once (the update is conditional: of two officers deciding at
 * once, one wins); never by an officer who is a member of the account. Both are audited, and the account owner is
 * e-mailed the decision.
 */
@Component
class DecideSubAccount {

    static final int MIN_REASON = 10;
    static final int MAX_REASON = 500;

    /** What the officer decided. */
    enum Decision { APPROVE, REJECT }

    /** What became of the decision. */
    sealed interface Result {
        record Decided(SubAccount subAccount, TradeAccount account, boolean ownerMailSent) implements Result {
        }

        record NotPending() implements Result {
        }

        record OwnAccount() implements Result {
        }
    }

    private final SubAccounts subAccounts;
    private final TradeAccounts accounts;
    private final Memberships memberships;
    private final UserDirectory directory;
    private final Mailer mailer;
    private final PortalLinks portal;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    DecideSubAccount(SubAccounts subAccounts, TradeAccounts accounts, Memberships memberships, UserDirectory directory,
                     Mailer mailer, PortalLinks portal, AuditTrail audit, TransactionTemplate transaction) {
        this.subAccounts = subAccounts;
        this.accounts = accounts;
        this.memberships = memberships;
        this.directory = directory;
        this.mailer = mailer;
        this.portal = portal;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * @param reason required when rejecting: 10 to 500 characters
     * @throws UnknownRecordException if there is no such sub-account
     * @throws IllegalArgumentException if a rejection has no proper reason
     */
    Result decide(SubAccountId id, Decision decision, CurrentUser officer, @Nullable String reason) {
        String cleanReason = reason == null ? null : reason.strip();
        if (decision == Decision.REJECT && (cleanReason == null || cleanReason.length() < MIN_REASON
                || cleanReason.length() > MAX_REASON)) {
            throw new IllegalArgumentException("A rejection has a reason of 10 to 500 characters");
        }
        String action = decision == Decision.APPROVE ? "SUB_ACCOUNT_APPROVED" : "SUB_ACCOUNT_REJECTED";
        Result result = transaction.execute(status -> {
            SubAccount subAccount = subAccounts.find(id).orElseThrow(UnknownRecordException::new);
            if (memberships.find(subAccount.accountId(), officer.id()).isPresent()) {
                return new Result.OwnAccount();
            }
            boolean decided = subAccounts.decide(id, decision == Decision.APPROVE ? SubAccount.Status.ACTIVE
                    : SubAccount.Status.REJECTED, officer.id(), decision == Decision.REJECT ? cleanReason : null);
            if (!decided) {
                return new Result.NotPending();
            }
            audit.record(AuditRecord.of(action, AuditOutcome.SUCCESS).object("SUB_ACCOUNT", id)
                    .detail("account", subAccount.accountId()).detail("activity", subAccount.activity()));
            return new Result.Decided(subAccounts.find(id).orElseThrow(),
                    accounts.find(subAccount.accountId()).orElseThrow(), false);
        });
        if (result instanceof Result.OwnAccount) {
            audit.record(AuditRecord.of(action, AuditOutcome.DENIED).object("SUB_ACCOUNT", id)
                    .detail("reason", "OWN_ACCOUNT"));
        }
        if (result instanceof Result.Decided decided) {
            return new Result.Decided(decided.subAccount(), decided.account(), tellOwner(decided, decision));
        }
        return result;
    }

    private boolean tellOwner(Result.Decided decided, Decision decision) {
        Optional<UserSummary> owner = memberships.ownerOf(decided.account().id()).flatMap(directory::find);
        if (owner.isEmpty()) {
            return false;
        }
        SubAccount sub = decided.subAccount();
        String what = "The " + org.openace.platform.Sentences.inSentence(sub.activity().title()) + " sub-account \"" + sub.name()
                + "\" of trade account " + decided.account().number() + " (" + decided.account().legalName() + ")";
        String subject = decision == Decision.APPROVE
                ? "Sub-account approved: " + decided.account().number()
                : "Sub-account not approved: " + decided.account().number();
        String body = decision == Decision.APPROVE
                ? """
                Dear %s,

                %s was approved by a customs officer and is now active.
                """.formatted(owner.get().displayName(), what)
                : """
                Dear %s,

                %s was not approved by a customs officer, for this reason:

                %s

                You may add it again with corrected details.
                """.formatted(owner.get().displayName(), what, sub.decisionReason());
        mailer.send(new OutgoingMail("SUB_ACCOUNT_DECISION", owner.get().email().value(), subject, body
                + "\nThe sub-account (sign-in needed):\n\n    " + portal.link("/accounts/" + decided.account().id().value()
                + "/sub-accounts/" + sub.id().value()) + "\n"));
        return true;
    }
}
