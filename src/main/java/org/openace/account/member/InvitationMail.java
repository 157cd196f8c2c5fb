package org.openace.account.member;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.openace.account.AccountRole;
import org.openace.account.TradeAccount;
import org.openace.identity.UserSummary;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;
import org.springframework.stereotype.Component;

/** Tells an existing user that they were invited to a trade account, and where to answer. */
@Component
class InvitationMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;
    private final PortalLinks portal;

    InvitationMail(Mailer mailer, PortalLinks portal) {
        this.mailer = mailer;
        this.portal = portal;
    }

    /** Queues the mail in the caller's transaction; it goes out after the commit. */
    void send(UserSummary invitee, String invitedBy, TradeAccount account, AccountRole role, Instant expiresAt) {
        mailer.send(new OutgoingMail("ACCOUNT_INVITATION", invitee.email().value(), "You are invited to a trade account on OpenACE", """
                Hello %s,

                %s invited you to the trade account of %s (%s) as a %s.

                To accept or decline, sign in to OpenACE with your user ID %s and open "Trade accounts":

                    %s

                The invitation can be accepted until %s. If you did not expect it, decline it or ignore this
                message.
                """.formatted(invitee.displayName(), invitedBy, account.displayName(), account.number(),
                org.openace.platform.Sentences.inSentence(role.title()), invitee.username(), portal.link("/accounts"), WHEN.format(expiresAt))));
    }
}
