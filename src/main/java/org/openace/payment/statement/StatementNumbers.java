package org.openace.payment.statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.DataRef;
import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.openace.account.SubAccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves statement numbers ({@value #KIND}) for {@code @DataAccess}: a daily or periodic daily statement is visible
 * from the sub-account that holds its filer code (by that identifier, at any port: a statement spans the filer's
 * ports), a Periodic Monthly Statement from the importer's sub-account by its importer number; and so to those they
 * granted payments to; one whose filer code no account holds only to the roles that see all data. A malformed
 * number or one that names no statement resolves to nothing (404).
 */
@Component
class StatementNumbers implements DataResolver {

    static final String KIND = "statement";

    private final JdbcClient jdbc;

    StatementNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<DataTarget> resolve(String id) {
        return normalized(id).flatMap(number -> jdbc.sql("""
                        select kind, filer_sub_account_id, filer_identifier_id, importer_identifier_id
                        from statement where statement_number = ?
                        """).param(number)
                .query((rs, n) -> {
                    UUID sub = rs.getObject("filer_sub_account_id", UUID.class);
                    if (sub == null) {
                        return DataTarget.anyOf(List.of());
                    }
                    return Statement.PERIODIC_MONTHLY.equals(rs.getString("kind"))
                            ? DataTarget.anyOf(new DataRef(new SubAccountId(sub),
                            rs.getObject("importer_identifier_id", UUID.class), null, null))
                            : DataTarget.anyOf(new DataRef(new SubAccountId(sub), null,
                            rs.getObject("filer_identifier_id", UUID.class), null));
                }).optional());
    }

    /** A statement number as typed, upper-cased, if it has the shape of one. */
    static Optional<String> normalized(String typed) {
        if (typed == null || !typed.matches("[0-9A-Za-z]{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(typed.toUpperCase(Locale.ROOT));
    }
}
