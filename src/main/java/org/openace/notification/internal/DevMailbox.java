package org.openace.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.notification.OutgoingMail;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The developer mailbox of the demo profile: keeps every message sent, newest first, to read in the browser. */
class DevMailbox {

    record Message(UUID id, String recipient, String subject, String body, Instant sentAt) {
        @Override
        public String toString() {
            return "Message[" + id + "]";
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DevMailbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void keep(OutgoingMail mail) {
        jdbc.sql("insert into dev_mail (id, recipient, subject, body, sent_at) values (?, ?, ?, ?, ?)")
                .param(UUID.randomUUID()).param(mail.to()).param(mail.subject()).param(mail.body())
                .param(Timestamp.from(clock.instant())).update();
    }

    List<Message> latest(int limit) {
        return jdbc.sql("select id, recipient, subject, body, sent_at from dev_mail order by sent_at desc limit ?")
                .param(limit).query(Message.class).list();
    }

    Optional<Message> find(UUID id) {
        return jdbc.sql("select id, recipient, subject, body, sent_at from dev_mail where id = ?")
                .param(id).query(Message.class).optional();
    }

    void clear() {
        jdbc.sql("delete from dev_mail").update();
    }
}
