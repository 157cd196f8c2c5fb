package org.openace.reference.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What is loaded, by kind and edition, newest effective date first, for the reference page. */
@Component
class LoadedEditions {

    /** One loaded file. */
    record Edition(ReferenceKind kind, String edition, LocalDate effectiveFrom, String fileName, String sha256,
                   int rows, Instant loadedAt, String loadedBy) {
    }

    private final JdbcClient jdbc;

    LoadedEditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Edition> all() {
        return jdbc.sql("""
                select kind, edition, effective_from, file_name, sha256, row_count, loaded_at, loaded_by
                from reference_load order by kind, effective_from desc, loaded_at desc
                """).query((rs, n) -> new Edition(ReferenceKind.valueOf(rs.getString(1)), rs.getString(2),
                rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getTimestamp(7).toInstant(), rs.getString(8))).list();
    }
}
