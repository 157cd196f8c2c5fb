package org.openace.reference;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which loaded edition of a kind is in force on a date: the latest effective date not after it, then the newest load. */
@Component
class Editions {

    private final JdbcClient jdbc;

    Editions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<InForce> inForce(ReferenceKind kind, LocalDate date) {
        return jdbc.sql("""
                select id, edition from reference_load where kind = ? and effective_from <= ?
                order by effective_from desc, loaded_at desc limit 1
                """).param(kind.name()).param(Date.valueOf(date))
                .query((rs, n) -> new InForce(rs.getObject(1, UUID.class), rs.getString(2))).optional();
    }

    record InForce(UUID loadId, String edition) {
    }
}
