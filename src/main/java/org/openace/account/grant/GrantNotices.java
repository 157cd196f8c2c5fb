package org.openace.account.grant;

import org.openace.account.AccountId;
import org.openace.account.TradeAccount;
import org.openace.account.core.Memberships;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.UserDirectory;
import org.openace.notification.MailNotSentException;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Tells the owner of the other account about a grant they must answer, or that changed. */
@Component
class GrantNotices {

    private static final Logger log = LoggerFactory.getLogger(GrantNotices.class);

    private final Memberships memberships;
    private final TradeAccounts accounts;
    private final UserDirectory directory;
    private final Mailer mailer;

    GrantNotices(Memberships memberships, TradeAccounts accounts, UserDirectory directory, Mailer mailer) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.directory = directory;
        this.mailer = mailer;
    }

    void tellOwnerOf(AccountId recipient, AccountId other, String what) {
        TradeAccount from = accounts.find(other).orElseThrow();
        memberships.ownerOf(recipient).flatMap(directory::find).ifPresent(owner -> {
            try {
                mailer.send(new OutgoingMail(owner.email().value(), "OpenACE: access between trade accounts",
                        "The trade account of " + from.legalName() + " (" + from.number() + ") " + what + ".\n\n"
                                + "Sign in to OpenACE and open \"Access for other accounts\" of your account to see it.\n"));
            }
            catch (MailNotSentException e) {
                log.warn("The grant notice to the owner of account {} could not be sent", recipient);
            }
        });
    }
}
