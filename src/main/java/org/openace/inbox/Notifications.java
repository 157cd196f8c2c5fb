package org.openace.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification rows: written one per recipient of a fact (a second write of the same fact for the same user adds
 * nothing and says so), listed for their user only, marked read by their user only, and purged when read long ago.
 */
@Component
class Notifications {

    /** A recipient: a trade user (links to the trade's pages) or a customs officer (links to the officer's). */
    record Recipient(UserId user, boolean officer) {
    }

    /** A notification as its user sees it. */
    record Notification(UUID id, NotificationKind kind, @Nullable String entryNumber, @Nullable String actionNumber,
                        @Nullable String form, @Nullable String protestNumber, LocalDate occurredOn,
                        @Nullable LocalDate dueOn, String link, Instant createdAt, @Nullable Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }

        public String sentence() {
            return Notice.sentence(kind, entryNumber, actionNumber, form, protestNumber, dueOn);
        }

        public String shownEntry() {
            return Notice.shownEntry(entryNumber);
        }
    }

    /** Which of a user's notifications to list. */
    record Filter(boolean unreadOnly, @Nullable NotificationKind kind) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the notice for the recipient; false when it was written before (a redelivered event). */
    boolean write(Notice notice, Recipient recipient) {
        return jdbc.sql("""
                insert into inbox_notification (user_id, id, kind, entry_number, action_number, form, protest_number,
                                                occurred_on, due_on, link, created_at)
                values (:user, :id, :kind, :entry, :action, :form, :protest, :on, :due, :link, :at)
                on conflict (user_id, id) do nothing
                """)
                .param("user", recipient.user().value()).param("id", notice.id()).param("kind", notice.kind().name())
                .param("entry", notice.entryNumber()).param("action", notice.actionNumber())
                .param("form", notice.form()).param("protest", notice.protestNumber())
                .param("on", notice.occurredOn()).param("due", notice.dueOn())
                .param("link", notice.link(recipient.officer()))
                .param("at", Timestamp.from(clock.instant())).update() > 0;
    }

    /** A user's notifications, unread first, newest first. */
    List<Notification> list(UserId user, Filter filter, int offset, int limit) {
        return jdbc.sql("""
                select id, kind, entry_number, action_number, form, protest_number, occurred_on, due_on, link,
                       created_at, read_at
                from inbox_notification
                where user_id = :user and (not :unreadOnly or read_at is null)
                  and (cast(:kind as varchar) is null or kind = :kind)
                order by (read_at is null) desc, created_at desc, id desc
                offset :offset limit :limit
                """)
                .param("user", user.value()).param("unreadOnly", filter.unreadOnly())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("entry_number"),
                        rs.getString("action_number"), rs.getString("form"), rs.getString("protest_number"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    long unread(UserId user) {
        return jdbc.sql("select count(*) from inbox_notification where user_id = ? and read_at is null")
                .param(user.value()).query(Long.class).single();
    }

    /** Marks one of the user's notifications read; false when the user has none of that id (or it was read). */
    @Transactional
    boolean markRead(UserId user, UUID id) {
        return jdbc.sql("update inbox_notification set read_at = ? where user_id = ? and id = ? and read_at is null")
                .param(Timestamp.from(clock.instant())).param(user.value()).param(id).update() > 0;
    }

    /** The link of one of the user's notifications, if they have it. */
    java.util.Optional<String> linkOf(UserId user, UUID id) {
        return jdbc.sql("select link from inbox_notification where user_id = ? and id = ?")
                .param(user.value()).param(id).query(String.class).optional();
    }

    @Transactional
    int markAllRead(UserId user) {
        return jdbc.sql("update inbox_notification set read_at = ? where user_id = ? and read_at is null")
                .param(Timestamp.from(clock.instant())).param(user.value()).update();
    }

    /**
     * The user's unread notifications of these kinds made within [from, to), oldest first (for the daily digest),
     * at most {@code max}.
     */
    List<Notification> unreadBetween(UserId user, List<NotificationKind> kinds, Instant from, Instant to, int max) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, kind, entry_number, action_number, form, protest_number, occurred_on, due_on, link,
                       created_at, read_at
                from inbox_notification
                where user_id = :user and read_at is null and kind = any(:kinds)
                  and created_at >= :from and created_at < :to
                order by created_at, id
                limit :max
                """)
                .param("user", user.value()).param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("max", max)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("entry_number"),
                        rs.getString("action_number"), rs.getString("form"), rs.getString("protest_number"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(), null))
                .list();
    }

    /** Deletes read notifications read before {@code readBefore}; how many. */
    @Transactional
    int purgeRead(Instant readBefore) {
        return jdbc.sql("delete from inbox_notification where read_at is not null and read_at < ?")
                .param(Timestamp.from(readBefore)).update();
    }
}
