package org.openace.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choice of e-mail per kind of notification: none (the default: nobody is mailed who did not ask), at
 * once, or in the daily digest. A change is audited with what changed.
 */
@Component
class MailPreferences {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MailPreferences(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every kind with the user's choice, in the kinds' order. */
    Map<NotificationKind, MailDelivery> of(UserId user) {
        Map<NotificationKind, MailDelivery> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, MailDelivery.OFF);
        }
        jdbc.sql("select kind, delivery from inbox_mail_preference where user_id = ?").param(user.value())
                .query((rs, n) -> new String[] {rs.getString("kind"), rs.getString("delivery")}).list()
                .forEach(row -> NotificationKind.of(row[0]).ifPresent(kind ->
                        chosen.put(kind, MailDelivery.valueOf(row[1]))));
        return chosen;
    }

    MailDelivery of(UserId user, NotificationKind kind) {
        return jdbc.sql("select delivery from inbox_mail_preference where user_id = ? and kind = ?")
                .param(user.value()).param(kind.name()).query(String.class).optional()
                .map(MailDelivery::valueOf).orElse(MailDelivery.OFF);
    }

    /** The users who chose the digest for at least one kind, with those kinds. */
    Map<UUID, List<NotificationKind>> digestReaders() {
        Map<UUID, List<NotificationKind>> readers = new java.util.LinkedHashMap<>();
        jdbc.sql("select user_id, kind from inbox_mail_preference where delivery = 'DIGEST' order by user_id, kind")
                .query((rs, n) -> Map.entry(rs.getObject("user_id", UUID.class), rs.getString("kind"))).list()
                .forEach(row -> NotificationKind.of(row.getValue()).ifPresent(kind -> readers.computeIfAbsent(
                        row.getKey(), u -> new ArrayList<>()).add(kind)));
        return readers;
    }

    /** Saves the user's choices; the kinds whose choice changed (audited when any did). */
    @Transactional
    List<NotificationKind> save(UserId user, Map<NotificationKind, MailDelivery> choices, AuditActor actor) {
        Map<NotificationKind, MailDelivery> before = of(user);
        List<NotificationKind> changed = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (Map.Entry<NotificationKind, MailDelivery> choice : choices.entrySet()) {
            if (before.get(choice.getKey()) == choice.getValue()) {
                continue;
            }
            changed.add(choice.getKey());
            if (choice.getValue() == MailDelivery.OFF) {
                jdbc.sql("delete from inbox_mail_preference where user_id = ? and kind = ?").param(user.value())
                        .param(choice.getKey().name()).update();
            }
            else {
                jdbc.sql("""
                        insert into inbox_mail_preference (user_id, kind, delivery, updated_at) values (?, ?, ?, ?)
                        on conflict (user_id, kind) do update set delivery = excluded.delivery,
                                                                  updated_at = excluded.updated_at
                        """).param(user.value()).param(choice.getKey().name()).param(choice.getValue().name())
                        .param(now).update();
            }
        }
        if (!changed.isEmpty()) {
            AuditRecord.Builder record = AuditRecord.of("INBOX_MAIL_PREFERENCES_CHANGED", AuditOutcome.SUCCESS)
                    .actor(actor).object("USER", user.value());
            for (NotificationKind kind : changed) {
                record.detail(kind.name(), before.get(kind).name() + " -> " + choices.get(kind).name());
            }
            audit.record(record);
        }
        return changed;
    }
}
