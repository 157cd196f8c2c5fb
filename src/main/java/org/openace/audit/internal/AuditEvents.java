package org.openace.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.openace.audit.AuditOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit trail for the console: counts, pages and streams of the rows a filter matches, newest first
 * (by time, then by sequence number), and the actions that occur at all.
 */
@Component
class AuditEvents {

    /** Rows fetched from the database at a time while streaming an export. */
    static final int FETCH_SIZE = 500;

    private static final String COLUMNS = """
            select seq, occurred_at, actor_id, actor_name, action, object_type, object_id, outcome, client_address,
                   details::text as details, (select s.hash from audit_seal s where s.event_seq = audit_event.seq) as hash
            from audit_event""";
    private static final String NEWEST_FIRST = " order by occurred_at desc, seq desc";
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final JsonMapper json;
    private final RowMapper<AuditEventRow> rows = this::row;

    AuditEvents(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
    }

    long count(AuditFilter filter) {
        AuditSearchSql sql = AuditSearchSql.of(filter);
        Long count = jdbc.queryForObject("select count(*) from audit_event" + sql.where(), sql.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    List<AuditEventRow> page(AuditFilter filter, long offset, int limit) {
        AuditSearchSql sql = AuditSearchSql.of(filter);
        return jdbc.query(COLUMNS + sql.where() + NEWEST_FIRST + " limit :limit offset :offset",
                sql.parameters(offset, limit), rows);
    }

    /**
     * Hands every matching row, newest first, to {@code each} while reading them from a database cursor
     * ({@value #FETCH_SIZE} at a time, in a read-only transaction), so that no more than that is held in memory.
     *
     * @return how many rows were handed over
     */
    long forEach(AuditFilter filter, Consumer<AuditEventRow> each) {
        AuditSearchSql sql = AuditSearchSql.of(filter);
        Long count = readOnly.execute(status -> {
            long[] handed = {0};
            streaming.query(COLUMNS + sql.where() + NEWEST_FIRST, sql.parameters(), (RowCallbackHandler) result -> {
                each.accept(row(result, (int) handed[0]));
                handed[0]++;
            });
            return handed[0];
        });
        return count == null ? 0 : count;
    }

    /**
     * The distinct actions in the trail, in alphabetical order. A loose index scan over the action index: one
     * index probe per distinct action instead of a pass over every row.
     */
    List<String> actions() {
        return jdbc.getJdbcTemplate().queryForList("""
                with recursive found(action) as (
                    (select action from audit_event order by action limit 1)
                    union all
                    select (select e.action from audit_event e where e.action > found.action order by e.action limit 1)
                    from found where found.action is not null
                )
                select action from found where action is not null
                """, String.class);
    }

    private AuditEventRow row(ResultSet row, int number) throws SQLException {
        return new AuditEventRow(row.getLong("seq"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getObject("actor_id", UUID.class), row.getString("actor_name"), row.getString("action"),
                row.getString("object_type"), row.getString("object_id"), AuditOutcome.valueOf(row.getString("outcome")),
                row.getString("client_address"), new TreeMap<>(json.readValue(row.getString("details"), DETAILS)),
                row.getBytes("hash") == null ? null : HexFormat.of().formatHex(row.getBytes("hash")));
    }
}
