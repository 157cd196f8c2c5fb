package org.openace.payment.statement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.openace.payment.StatementChangeFeed;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the statement change feed in one read-only REPEATABLE READ transaction: first the xmin of its snapshot (every
 * transaction below it has finished), then the statements whose last change ({@code statement.change_xid}, V5_7_9) is
 * after the reader's position and below that xmin, with their payment. When fewer than the limit are found, the next
 * position is the xmin itself: the window up to it is complete and final. The importer number of a periodic daily or
 * monthly statement is the masked display its entries were placed with; a periodic daily statement carries its monthly
 * statement's preliminary and payment dates (fixed when the monthly statement is made) and, since it is authorized and
 * paid with it, the same status.
 */
@Component
class SqlStatementChangeFeed implements StatementChangeFeed {

    private static final String CHANGED = """
            select s.change_xid::text as xid, s.statement_number, s.kind, s.filer_code, s.statement_date, s.status,
                   s.entry_count, s.duty, s.tax, s.fees, s.other, s.total, s.monthly_statement_number,
                   coalesce(s.preliminary_date, m.preliminary_date) as preliminary_date,
                   coalesce(s.payment_due, m.payment_due) as payment_due, s.filer_sub_account_id, s.filer_identifier_id,
                   s.importer_identifier_id, p.method, p.payer_unit_number, p.received_on,
                   case s.kind
                       when 'PERIODIC_DAILY' then (select e.importer_display from statement_entry e
                                                   where e.statement_number = s.statement_number limit 1)
                       when 'PERIODIC_MONTHLY' then (select e.importer_display from statement d
                                                     join statement_entry e on e.statement_number = d.statement_number
                                                     where d.monthly_statement_number = s.statement_number limit 1)
                   end as importer_display
            from statement s
            left join statement_payment p on p.statement_number = s.statement_number
            left join statement m on m.statement_number = s.monthly_statement_number
            where (s.change_xid, s.statement_number) > (cast(:xid as xid8), cast(:statement as varchar))
              and s.change_xid < cast(:upTo as xid8)
            order by s.change_xid, s.statement_number
            limit :limit
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    SqlStatementChangeFeed(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    @Override
    public Page read(Position after, int limit, Consumer<ChangedStatement> each) {
        if (limit < 1) {
            throw new IllegalArgumentException("Read at least one statement, not " + limit);
        }
        Page page = snapshot.execute(status -> {
            // the first statement fixes the transaction's snapshot: the read below sees exactly what it describes
            long upTo = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class)
                    .optional().map(Long::parseLong).orElseThrow();
            if (upTo <= after.transaction()) {
                return new Page(after, 0, true);
            }
            int[] count = {0};
            Position[] last = {after};
            jdbc.sql(CHANGED).param("xid", Long.toString(after.transaction()))
                    .param("statement", after.statementNumber()).param("upTo", Long.toString(upTo))
                    .param("limit", limit)
                    .query((RowCallbackHandler) rs -> {
                        ChangedStatement statement = statement(rs);
                        count[0]++;
                        last[0] = statement.position();
                        each.accept(statement);
                    });
            return count[0] < limit ? new Page(new Position(upTo, ""), count[0], true)
                    : new Page(last[0], count[0], false);
        });
        if (page == null) {
            throw new IllegalStateException("The statement change feed read returned nothing");
        }
        return page;
    }

    private static ChangedStatement statement(ResultSet rs) throws SQLException {
        String number = rs.getString("statement_number");
        boolean monthly = Statement.PERIODIC_MONTHLY.equals(rs.getString("kind"));
        String sub = rs.getString("filer_sub_account_id");
        String importer = rs.getString("importer_identifier_id");
        return new ChangedStatement(new Position(Long.parseLong(rs.getString("xid")), number), number,
                rs.getString("kind"), rs.getString("filer_code"), rs.getDate("statement_date").toLocalDate(),
                rs.getString("status"), rs.getInt("entry_count"), rs.getBigDecimal("duty"), rs.getBigDecimal("tax"),
                rs.getBigDecimal("fees"), rs.getBigDecimal("other"), rs.getBigDecimal("total"),
                rs.getString("monthly_statement_number"), date(rs.getDate("preliminary_date")),
                date(rs.getDate("payment_due")), rs.getString("importer_display"), rs.getString("method"),
                rs.getString("payer_unit_number"), date(rs.getDate("received_on")), monthly ? sub : null, importer,
                monthly ? null : sub, monthly ? null : rs.getString("filer_identifier_id"));
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
