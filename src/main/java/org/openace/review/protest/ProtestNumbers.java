package org.openace.review.protest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.DataRef;
import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves protest numbers ({@value #KIND}) for {@code @DataAccess}: a protest is visible from the importer's
 * sub-account by its importer number and port, and so to those it granted reviews to (the broker that files for it).
 * A malformed number or one that names no protest resolves to nothing (404).
 */
@Component
class ProtestNumbers implements DataResolver {

    static final String KIND = "protest";

    private final JdbcClient jdbc;

    ProtestNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<DataTarget> resolve(String id) {
        return normalized(id).flatMap(number -> jdbc.sql("""
                        select port, importer_sub_account_id, importer_identifier_id from protest
                        where protest_number = ?
                        """).param(number)
                .query((rs, n) -> {
                    UUID sub = rs.getObject("importer_sub_account_id", UUID.class);
                    return sub == null ? DataTarget.anyOf(List.of()) : DataTarget.anyOf(new DataRef(
                            new SubAccountId(sub), rs.getObject("importer_identifier_id", UUID.class), null,
                            new PortCode(rs.getString("port"))));
                }).optional());
    }

    /** A protest number as typed, if it has the shape of one: port, year and serial, "2704-26-000001". */
    static Optional<String> normalized(String typed) {
        return typed != null && typed.matches("[0-9]{4}-[0-9]{2}-[0-9]{6}") ? Optional.of(typed) : Optional.empty();
    }
}
