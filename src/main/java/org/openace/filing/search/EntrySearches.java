package org.openace.filing.search;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.ApiTokenPrincipal;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs searches for whoever asks: officers over every entry, trade users over what {@link AccessControl#scope}
 * gives them for entries at view level, API tokens over what their filer sub-account filed. A page is read with
 * one more row than it shows, to know whether there is a next one.
 */
@Component
class EntrySearches {

    /** Rows read per query when a whole search is written out (an export). */
    static final int EXPORT_CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final AccessControl access;

    private final TransactionTemplate readOnly;

    EntrySearches(JdbcClient jdbc, AccessControl access, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.access = access;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    record Page(List<EntryRow> rows, @Nullable SearchCursor next) {
    }

    EntryAudience audienceOf(CurrentUser user) {
        if (user.hasRole(Role.OFFICER)) {
            return new EntryAudience.Officer();
        }
        return new EntryAudience.Entitled(access.scope(user.id(), AccountFunction.ENTRIES, AccessLevel.VIEW));
    }

    static EntryAudience audienceOf(ApiTokenPrincipal token) {
        return new EntryAudience.FilerSubAccount(token.subAccount());
    }

    Page page(EntryAudience audience, EntryFilter filter, @Nullable SearchCursor after, int size) {
        List<EntryRow> rows = read(audience, filter, after, size + 1);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        List<EntryRow> shown = rows.subList(0, size);
        return new Page(List.copyOf(shown), SearchCursor.after(filter.sort(), shown.getLast()));
    }

    /**
     * Every matching row in order, handed to {@code each} as read: {@value #EXPORT_CHUNK} rows a query, each query
     * continuing after the last row of the one before, so memory stays the same whatever the number of rows and no
     * transaction is held open while a slow client reads.
     */
    long forEach(EntryAudience audience, EntryFilter filter, Consumer<EntryRow> each) {
        long count = 0;
        SearchCursor after = null;
        while (true) {
            List<EntryRow> rows = read(audience, filter, after, EXPORT_CHUNK);
            for (EntryRow row : rows) {
                each.accept(row);
            }
            count += rows.size();
            if (rows.size() < EXPORT_CHUNK) {
                return count;
            }
            after = SearchCursor.after(filter.sort(), rows.getLast());
        }
    }

    private List<EntryRow> read(EntryAudience audience, EntryFilter filter, @Nullable SearchCursor after, int limit) {
        EntrySearchSql.Statement statement = EntrySearchSql.page(audience, filter, after, limit);
        if (!EntrySearchSql.orderedScansOnly(audience)) {
            return query(statement);
        }
        return readOnly.execute(status -> {
            jdbc.sql("set local enable_bitmapscan = off").update();
            return query(statement);
        });
    }

    private List<EntryRow> query(EntrySearchSql.Statement statement) {
        return jdbc.sql(statement.sql()).params(statement.parameters())
                .query((rs, n) -> new EntryRow(rs.getString("entry_number"),
                        rs.getString("entry_type"), rs.getDate("summary_date").toLocalDate(),
                        rs.getDate("entry_date").toLocalDate(), rs.getString("port_of_entry"),
                        rs.getString("importer_display"), rs.getString("filer_code"), rs.getString("status"),
                        rs.getString("release_status"), rs.getInt("line_count"), rs.getBigDecimal("entered_value"),
                        rs.getBigDecimal("duty"), rs.getBigDecimal("tax"), rs.getBigDecimal("fees"),
                        rs.getBigDecimal("other")))
                .list();
    }
}
