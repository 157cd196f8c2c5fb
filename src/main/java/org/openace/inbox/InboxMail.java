package org.openace.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail alerts: one at once for a notification of a kind its user chose to be mailed about at once, and once a
 * day a digest of the unread notifications of the kinds they chose the digest for, made on the day before (in
 * Washington). Written to the notification module's outbox in the transaction that decides to send it. A mail says
 * only the kind, the entry, action or protest number, dates and a link to the page: never an importer number, a
 * person's name or a tax identifier; the user reads the rest in the portal after signing in. Only active users are
 * mailed.
 */
@Component
class InboxMail {

    /** The day of a digest: Washington's, where the ports' working days are counted. */
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** The most notifications one digest lists (the rest are counted and in the inbox). */
    static final int DIGEST_MAX = 200;

    private final Mailer mailer;
    private final UserDirectory users;
    private final PortalLinks portal;
    private final MailPreferences preferences;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InboxMail(Mailer mailer, UserDirectory users, PortalLinks portal, MailPreferences preferences,
              Notifications notifications, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.mailer = mailer;
        this.users = users;
        this.portal = portal;
        this.preferences = preferences;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Mails the notice at once if its recipient chose that for its kind (in the caller's transaction). */
    void immediately(Notice notice, Notifications.Recipient recipient) {
        if (preferences.of(recipient.user(), notice.kind()) != MailDelivery.IMMEDIATE) {
            return;
        }
        active(recipient.user()).ifPresent(user -> mailer.send(new OutgoingMail("INBOX_ALERT", user.email().value(),
                "OpenACE: " + notice.sentence(), """
                %s

                See it in the portal (you will be asked to sign in):

                    %s

                You get this e-mail because you chose to be told at once of "%s". Change what you are e-mailed
                about on the notification settings page:

                    %s
                """.formatted(notice.sentence(), portal.link(notice.link(recipient.officer())),
                notice.kind().title().toLowerCase(java.util.Locale.ROOT), portal.link("/notifications/settings")))));
    }

    /** What a run of the digest did. */
    record DigestRun(LocalDate day, int mails, int notifications) {
    }

    /**
     * Mails each user who chose the digest for some kind the unread notifications of those kinds made on the day (in
     * Washington), one mail per user and day: a user already mailed that day's digest (another node, a second run)
     * is skipped, and a user with nothing unread gets no mail.
     */
    DigestRun digest(LocalDate day) {
        java.time.Instant from = day.atStartOfDay(ZONE).toInstant();
        java.time.Instant to = day.plusDays(1).atStartOfDay(ZONE).toInstant();
        int mails = 0;
        int listed = 0;
        for (Map.Entry<UUID, List<NotificationKind>> reader : preferences.digestReaders().entrySet()) {
            UserId user = new UserId(reader.getKey());
            Integer sent = transaction.execute(status -> digestOf(user, reader.getValue(), day, from, to));
            if (sent != null && sent > 0) {
                mails++;
                listed += sent;
            }
        }
        return new DigestRun(day, mails, listed);
    }

    private int digestOf(UserId id, List<NotificationKind> kinds, LocalDate day, java.time.Instant from,
                         java.time.Instant to) {
        Optional<UserSummary> user = active(id);
        if (user.isEmpty()) {
            return 0;
        }
        List<Notifications.Notification> unread = notifications.unreadBetween(id, kinds, from, to, DIGEST_MAX + 1);
        if (unread.isEmpty()) {
            return 0;
        }
        int claimed = jdbc.sql("""
                insert into inbox_digest (user_id, digest_on, notifications, sent_at) values (?, ?, ?, ?)
                on conflict (user_id, digest_on) do nothing
                """).param(id.value()).param(day).param(Math.min(unread.size(), DIGEST_MAX))
                .param(Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            return 0; // sent already
        }
        StringBuilder lines = new StringBuilder();
        for (Notifications.Notification n : unread.subList(0, Math.min(unread.size(), DIGEST_MAX))) {
            lines.append("- ").append(n.sentence()).append("\n  ").append(portal.link(n.link())).append("\n");
        }
        if (unread.size() > DIGEST_MAX) {
            lines.append("- and more: see them all in your notifications.\n");
        }
        int count = Math.min(unread.size(), DIGEST_MAX);
        mailer.send(new OutgoingMail("INBOX_DIGEST", user.get().email().value(),
                "OpenACE: your notifications of " + day + " (" + count + (unread.size() > DIGEST_MAX ? "+" : "")
                        + ")", """
                Your unread notifications of %s:

                %s
                All your notifications (you will be asked to sign in):

                    %s

                You get this digest because you chose it for some kinds of notification. Change what you are
                e-mailed about on the notification settings page:

                    %s
                """.formatted(day, lines, portal.link("/notifications"), portal.link("/notifications/settings"))));
        return count;
    }

    private Optional<UserSummary> active(UserId id) {
        return users.find(id).filter(UserSummary::isActive);
    }
}
