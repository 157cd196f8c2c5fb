package org.openace.site.terms;

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
import org.springframework.transaction.annotation.Transactional;

/** The versions of the Terms and Conditions and who accepted which. */
@Repository
public class TermsOfUse {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TimedSnapshot<TermsVersion> current;

    TermsOfUse(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.current = new TimedSnapshot<>(Duration.ofSeconds(15), clock, () -> jdbc
                .sql("select * from terms_version order by version desc limit 1").query(TermsVersion.class)
                .optional().orElseThrow(() -> new IllegalStateException("No Terms and Conditions are published")));
    }

    /** The version in force (read at most every few seconds). */
    public TermsVersion current() {
        return current.get();
    }

    public Optional<TermsVersion> find(int version) {
        return jdbc.sql("select * from terms_version where version = ?").param(version).query(TermsVersion.class).optional();
    }

    public List<TermsVersion> all() {
        return jdbc.sql("select * from terms_version order by version desc").query(TermsVersion.class).list();
    }

    /** Publishes a new version; every user accepts it at their next sign-in. */
    @Transactional
    public TermsVersion publish(String title, String body, String publishedBy) {
        jdbc.sql("lock table terms_version in exclusive mode").update();
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from terms_version").query(Integer.class).single();
        Instant now = clock.instant();
        jdbc.sql("insert into terms_version (version, title, body, published_at, published_by) values (?, ?, ?, ?, ?)")
                .param(next).param(title).param(body).param(Timestamp.from(now)).param(publishedBy).update();
        current.forget();
        return new TermsVersion(next, title, body, now, publishedBy);
    }

    public boolean hasAccepted(UUID user, int version) {
        return jdbc.sql("select exists(select 1 from terms_acceptance where user_id = ? and version = ?)")
                .param(user).param(version).query(Boolean.class).single();
    }

    @Transactional
    public boolean accept(UUID user, int version, String clientAddress) {
        return jdbc.sql("""
                insert into terms_acceptance (user_id, version, accepted_at, client_address) values (?, ?, ?, ?)
                on conflict on constraint terms_acceptance_pk do nothing
                """).param(user).param(version).param(Timestamp.from(clock.instant())).param(clientAddress).update() == 1;
    }

    public long acceptanceCount(int version) {
        return jdbc.sql("select count(*) from terms_acceptance where version = ?").param(version).query(Long.class).single();
    }
}
