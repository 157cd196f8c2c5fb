package org.openace.account.member;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.openace.account.AccountRole;
import org.openace.account.TradeAccount;
import org.openace.identity.UserSummary;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Tells an existing user that they were invited to a trade account, and where to answer. */
@Component
class InvitationMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;
    private final String baseUrl;

    InvitationMail(Mailer mailer, @Value("${openace.web.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** @throws org.openace.notification.MailNotSentException if the mail server did not take it */
    void send(UserSummary invitee, String invitedBy, TradeAccount account, AccountRole role, Instant expiresAt) {
        mailer.send(new OutgoingMail(invitee.email().value(), "You are invited to a trade account on OpenACE", """
                Hello %s,

                %s invited you to the trade account of %s (%s) as a %s.

                To accept or decline, sign in to OpenACE with your user ID %s and open "Trade accounts":

                    %s/accounts

                The invitation can be accepted until %s. If you did not expect it, decline it or ignore this
                message.
                """.formatted(invitee.displayName(), invitedBy, account.displayName(), account.number(),
                role.title().toLowerCase(java.util.Locale.ROOT), invitee.username(), baseUrl, WHEN.format(expiresAt))));
    }
}
