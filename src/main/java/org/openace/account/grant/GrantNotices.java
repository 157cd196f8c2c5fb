package org.openace.account.grant;

import org.openace.account.AccountId;
import org.openace.account.TradeAccount;
import org.openace.account.core.Memberships;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.UserDirectory;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;
import org.springframework.stereotype.Component;

/** Tells the owner of the other account about a grant they must answer, or that changed. */
@Component
class GrantNotices {

    private final Memberships memberships;
    private final TradeAccounts accounts;
    private final UserDirectory directory;
    private final Mailer mailer;
    private final PortalLinks portal;

    GrantNotices(Memberships memberships, TradeAccounts accounts, UserDirectory directory, Mailer mailer,
                 PortalLinks portal) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.directory = directory;
        this.mailer = mailer;
        this.portal = portal;
    }

    void tellOwnerOf(AccountId recipient, AccountId other, String what) {
        TradeAccount from = accounts.find(other).orElseThrow();
        memberships.ownerOf(recipient).flatMap(directory::find).ifPresent(owner -> {
            mailer.send(new OutgoingMail("GRANT_NOTICE", owner.email().value(), "OpenACE: access between trade accounts",
                    "The trade account of " + from.legalName() + " (" + from.number() + ") " + what + ".\n\n"
                            + "See it under \"Access for other accounts\" of your account (sign-in needed):\n\n"
                            + "    " + portal.link("/accounts/" + recipient.value() + "/grants") + "\n"));
        });
    }
}
