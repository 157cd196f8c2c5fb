package org.openace.reports.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.EntitledScope;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;
import org.openace.reports.catalog.ReportQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A trade user's scope for reports (REPORTS at VIEW), as the authorization service gives it now, read from
 * PostgreSQL and written into the table {@value ReportQuery#ENTITLED} of a DuckDB connection, where the report's
 * query joins it. Read when the run starts, not when it was asked for: a right withdrawn meanwhile counts.
 */
@Component
public class EntitledRows {

    /**
     * One entitlement: a sub-account, narrowed to an importer, a filer code and a port (9900: every port).
     *
     * @param filedOnly whether it reaches only the entries the sub-account filed, not those of which it is the
     *                  importer (an API token's scope: {@link #filedBy})
     */
    public record Row(String subAccount, @Nullable String importerIdentifier, @Nullable String filerIdentifier,
               String port, boolean filedOnly) {
    }

    /** The scope of an API token of a filer sub-account: what that sub-account filed, at every port. */
    public static List<Row> filedBy(SubAccountId filer) {
        return List.of(new Row(filer.value().toString(), null, null, "9900", true));
    }

    private final AccessControl access;
    private final JdbcClient jdbc;

    EntitledRows(AccessControl access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    public List<Row> of(UserId user) {
        EntitledScope scope = access.scope(user, AccountFunction.REPORTS, AccessLevel.VIEW);
        return jdbc.sql("select distinct s.sub_account_id::text as sub_account, s.importer_identifier_id::text as "
                        + "importer_identifier, s.filer_identifier_id::text as filer_identifier, s.port from "
                        + scope.table("s"))
                .params(scope.parameters())
                .query((rs, n) -> new Row(rs.getString("sub_account"), rs.getString("importer_identifier"),
                        rs.getString("filer_identifier"), rs.getString("port"), false))
                .list();
    }

    /** Creates the table on the connection (temporary: seen by this connection only) and fills it. */
    public static void write(Connection duck, List<Row> rows) throws SQLException {
        try (Statement statement = duck.createStatement()) {
            statement.execute("create or replace temporary table " + ReportQuery.ENTITLED + " (sub_account_id varchar "
                    + "not null, importer_identifier_id varchar, filer_identifier_id varchar, port varchar not null, "
                    + "filed_only boolean not null)");
        }
        try (PreparedStatement insert = duck.prepareStatement("insert into " + ReportQuery.ENTITLED
                + " values (?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                insert.setString(1, row.subAccount());
                insert.setString(2, row.importerIdentifier());
                insert.setString(3, row.filerIdentifier());
                insert.setString(4, row.port());
                insert.setBoolean(5, row.filedOnly());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
