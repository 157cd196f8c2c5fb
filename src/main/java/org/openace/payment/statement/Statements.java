package org.openace.payment.statement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads statements: the list for an audience (officers every statement, trade users those of the filer codes their
 * payments rights reach, narrowed in the database), one statement, and its entries in entry number order, a page at
 * a time or all of them in chunks of {@value #CHUNK} (so that a download of 50,000 entries holds one chunk in memory).
 */
@Component
class Statements {

    static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final AccessControl access;

    Statements(JdbcClient jdbc, AccessControl access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Which statements a list shows: dated from and to (either open), of a status (or any). */
    record Filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable StatementStatus status) {
    }

    StatementAudience audienceOf(CurrentUser user) {
        if (user.hasRole(Role.OFFICER)) {
            return new StatementAudience.Officer();
        }
        return new StatementAudience.Entitled(access.scope(user.id(), AccountFunction.PAYMENTS, AccessLevel.VIEW));
    }

    /** The newest first, at most {@code limit} from {@code offset}. */
    List<Statement> list(StatementAudience audience, Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select s.* from statement s");
        if (audience instanceof StatementAudience.Entitled entitled) {
            sql.append(" where exists (select 1 from ").append(entitled.scope().table("ent")).append(" ").append("""
                     where ent.sub_account_id = s.filer_sub_account_id
                       and case when s.kind = 'PERIODIC_MONTHLY'
                                then ent.importer_identifier_id is null
                                     or ent.importer_identifier_id = s.importer_identifier_id
                                else ent.filer_identifier_id is null or ent.filer_identifier_id = s.filer_identifier_id
                           end)""");
            params.putAll(entitled.scope().parameters());
        }
        else {
            sql.append(" where true");
        }
        if (filter.from() != null) {
            sql.append(" and s.statement_date >= :from");
            params.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and s.statement_date <= :to");
            params.put("to", Date.valueOf(filter.to()));
        }
        if (filter.status() != null) {
            sql.append(" and s.status = :status");
            params.put("status", filter.status().code());
        }
        sql.append(" order by s.statement_date desc, s.statement_number desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(StatementRows::statement).list();
    }

    Optional<Statement> find(String number) {
        return jdbc.sql("select * from statement where statement_number = ?").param(number)
                .query(StatementRows::statement).optional();
    }

    /** Entries after an entry number (or from the first), at most {@code limit}. */
    List<StatementEntry> entries(String statement, @Nullable String after, int limit) {
        return jdbc.sql("""
                select * from statement_entry where statement_number = ? and entry_number > ?
                order by entry_number limit ?
                """).param(statement).param(after == null ? "" : after).param(limit)
                .query(StatementRows::entry).list();
    }

    /** Every entry of the statement in entry number order, read {@value #CHUNK} at a time. */
    long forEachEntry(String statement, Consumer<StatementEntry> each) {
        long count = 0;
        String after = null;
        while (true) {
            List<StatementEntry> chunk = entries(statement, after, CHUNK);
            chunk.forEach(each);
            count += chunk.size();
            if (chunk.size() < CHUNK) {
                return count;
            }
            after = chunk.getLast().entryNumber();
        }
    }

    Optional<StatementEntry> entry(String statement, String entryNumber) {
        return jdbc.sql("select * from statement_entry where statement_number = ? and entry_number = ?")
                .param(statement).param(entryNumber).query(StatementRows::entry).optional();
    }

    /** A monthly statement's periodic daily statements, by date and number. */
    List<Statement> periodicDailies(String monthly) {
        return jdbc.sql("""
                select * from statement where monthly_statement_number = ? order by statement_date, statement_number
                """).param(monthly).query(StatementRows::statement).list();
    }

    /** The sums of the statement's entries, computed by the database. */
    Amounts sumOfEntries(String statement) {
        return jdbc.sql("""
                select coalesce(sum(duty), 0) duty, coalesce(sum(tax), 0) tax, coalesce(sum(fees), 0) fees,
                       coalesce(sum(other), 0) other
                from statement_entry where statement_number = ?
                """).param(statement).query((rs, n) -> Amounts.read(rs)).single();
    }
}
