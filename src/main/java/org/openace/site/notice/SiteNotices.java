package org.openace.site.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.platform.TimedSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Site notices in {@code site_notice}. The notices showing now are kept for a few seconds, since every sign-in
 * page shows them; a change on this node is seen at once, on other nodes within that time.
 */
@Repository
public class SiteNotices {

    /** Notices that show now or within the snapshot's lifetime; filtered again at each read. */
    private final TimedSnapshot<List<SiteNotice>> current;
    private final JdbcClient jdbc;
    private final Clock clock;

    SiteNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.current = new TimedSnapshot<>(Duration.ofSeconds(15), clock, () -> {
            Instant now = clock.instant();
            return jdbc.sql("""
                    select * from site_notice where withdrawn_at is null and starts_at <= ? and ends_at > ?
                    order by starts_at desc
                    """).param(Timestamp.from(now.plusSeconds(15))).param(Timestamp.from(now))
                    .query(SiteNotice.class).list();
        });
    }

    public List<SiteNotice> showingNow() {
        Instant now = clock.instant();
        return current.get().stream().filter(n -> n.isShownAt(now)).toList();
    }

    public List<SiteNotice> all() {
        return jdbc.sql("select * from site_notice order by starts_at desc limit 200").query(SiteNotice.class).list();
    }

    public Optional<SiteNotice> find(UUID id) {
        return jdbc.sql("select * from site_notice where id = ?").param(id).query(SiteNotice.class).optional();
    }

    public void insert(SiteNotice notice) {
        jdbc.sql("""
                insert into site_notice (id, headline, body, severity, starts_at, ends_at, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).param(notice.id()).param(notice.headline()).param(notice.body()).param(notice.severity().name())
                .param(Timestamp.from(notice.startsAt())).param(Timestamp.from(notice.endsAt()))
                .param(notice.createdBy()).param(Timestamp.from(notice.createdAt())).update();
        current.forget();
    }

    public boolean withdraw(UUID id, Instant at) {
        boolean changed = jdbc.sql("update site_notice set withdrawn_at = ? where id = ? and withdrawn_at is null")
                .param(Timestamp.from(at)).param(id).update() == 1;
        current.forget();
        return changed;
    }
}
