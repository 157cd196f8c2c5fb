package org.openace.reference;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A list of codes and names kept by edition: the name of a code in the edition in force on a date. */
final class CodeList {

    private static final Pattern TABLE = Pattern.compile("reference_[a-z_]+");

    private final JdbcClient jdbc;
    private final String nameInForce;
    private final String codesInForce;

    CodeList(JdbcClient jdbc, ReferenceKind kind, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a reference table: " + table);
        }
        this.jdbc = jdbc;
        this.nameInForce = """
                select name from %s
                where code = ? and load_id = (select id from reference_load where kind = '%s' and effective_from <= ?
                                              order by effective_from desc, loaded_at desc limit 1)
                """.formatted(table, kind.name());
        this.codesInForce = """
                select code from %s
                where load_id = (select id from reference_load where kind = '%s' and effective_from <= ?
                                 order by effective_from desc, loaded_at desc limit 1)
                order by code
                """.formatted(table, kind.name());
    }

    /** Every code of the edition in force on a date, in order; empty if none is. */
    java.util.List<String> codes(LocalDate date) {
        return jdbc.sql(codesInForce).param(Date.valueOf(date)).query(String.class).list();
    }

    Optional<String> name(String code, LocalDate date) {
        return jdbc.sql(nameInForce).param(code).param(Date.valueOf(date)).query(String.class).optional();
    }
}
