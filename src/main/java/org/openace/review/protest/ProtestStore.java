package org.openace.review.protest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.EntitledScope;
import org.openace.account.PortCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The protests, their entries and documents, in explicit SQL; lists narrowed in the database. */
@Component
class ProtestStore {

    private final JdbcClient jdbc;

    ProtestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextNumber(PortCode port, LocalDate on) {
        long seq = jdbc.sql("select nextval('protest_seq')").query(Long.class).single();
        return port.value() + "-" + String.format(java.util.Locale.ROOT, "%02d-%06d", on.getYear() % 100,
                seq % 1_000_000);
    }

    void insert(String number, PortCode port, String importerDisplay, byte[] importerDigest,
                @Nullable UUID importerSub, @Nullable UUID importerId, ProtestInput.Checked input, UUID filedBy,
                String filedByName, Instant at, LocalDate on) {
        jdbc.sql("""
                insert into protest (protest_number, port, importer_display, importer_digest, importer_sub_account_id,
                    importer_identifier_id, category, claims, arguments, status, filed_by, filed_by_name, filed_at,
                    filed_on, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'FILED', ?, ?, ?, ?, ?)
                """).param(number).param(port.value()).param(importerDisplay).param(importerDigest).param(importerSub)
                .param(importerId).param(input.category().name()).param(input.claims()).param(input.arguments())
                .param(filedBy).param(filedByName).param(Timestamp.from(at)).param(Date.valueOf(on))
                .param(Timestamp.from(at)).update();
    }

    void insertEntry(String number, Protest.Entry entry) {
        jdbc.sql("insert into protest_entry (protest_number, entry_number, liquidation_date, protest_by) "
                        + "values (?, ?, ?, ?)").param(number).param(entry.entryNumber())
                .param(Date.valueOf(entry.liquidationDate())).param(Date.valueOf(entry.protestBy())).update();
    }

    void insertDocument(String number, UUID document, int position) {
        jdbc.sql("insert into protest_document (protest_number, document_id, position) values (?, ?, ?) "
                + "on conflict do nothing").param(number).param(document).param(position).update();
    }

    List<UUID> documents(String number) {
        return jdbc.sql("select document_id from protest_document where protest_number = ? order by position")
                .param(number).query(UUID.class).list();
    }

    /** Entries already under a protest not decided (an entry is protested once at a time). */
    List<String> openlyProtested(List<String> entryNumbers) {
        return jdbc.sql("""
                select e.entry_number from protest_entry e join protest p using (protest_number)
                where p.status = 'FILED' and e.entry_number = any(cast(? as char(11)[]))
                """).param(entryNumbers.toArray(String[]::new)).query(String.class).list();
    }

    Optional<Protest> find(String number) {
        return jdbc.sql("select * from protest where protest_number = ?").param(number).query(this::protest)
                .optional();
    }

    Optional<Protest> lock(String number) {
        return jdbc.sql("select * from protest where protest_number = ? for update").param(number)
                .query(this::protest).optional();
    }

    void accelerated(String number, @Nullable LocalDate on, @Nullable LocalDate withdrawnOn, Instant at) {
        jdbc.sql("update protest set accelerated_on = ?, accelerated_withdrawn_on = ?, updated_at = ? "
                        + "where protest_number = ?").param(on == null ? null : Date.valueOf(on))
                .param(withdrawnOn == null ? null : Date.valueOf(withdrawnOn)).param(Timestamp.from(at)).param(number)
                .update();
    }

    void decide(String number, ProtestDecision decision, String reasons, String by, Instant at) {
        jdbc.sql("""
                update protest set status = 'DECIDED', decision = ?, decision_reasons = ?, decided_by_name = ?,
                    decided_at = ?, updated_at = ?
                where protest_number = ?
                """).param(decision.name()).param(reasons).param(by).param(Timestamp.from(at))
                .param(Timestamp.from(at)).param(number).update();
    }

    /** A trade user's protests (their reviews scope on the importer's sub-account), or an officer's (their ports). */
    List<Protest> list(@Nullable EntitledScope trade, List<PortCode> officerPorts, boolean openOnly, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select p.* from protest p where ");
        if (trade != null) {
            sql.append("exists (select 1 from ").append(trade.table("ent")).append(" ").append("""
                     where ent.sub_account_id = p.importer_sub_account_id
                       and (ent.importer_identifier_id is null or ent.importer_identifier_id = p.importer_identifier_id)
                       and (ent.port = '9900' or ent.port = p.port))""");
            params.putAll(trade.parameters());
        }
        else {
            sql.append("p.port = any(cast(:ports as char(4)[]))");
            params.put("ports", officerPorts.stream().map(PortCode::value).toArray(String[]::new));
        }
        if (openOnly) {
            sql.append(" and p.status = 'FILED'");
        }
        sql.append(" order by p.status, p.filed_on, p.protest_number limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::protest).list();
    }

    private Protest protest(ResultSet rs, int row) throws SQLException {
        String number = rs.getString("protest_number");
        String decision = rs.getString("decision");
        List<Protest.Entry> entries = jdbc.sql("""
                        select entry_number, liquidation_date, protest_by from protest_entry where protest_number = ?
                        order by entry_number
                        """).param(number)
                .query((e, n) -> new Protest.Entry(e.getString(1), e.getDate(2).toLocalDate(),
                        e.getDate(3).toLocalDate())).list();
        return new Protest(number, new PortCode(rs.getString("port")), rs.getString("importer_display"),
                ProtestCategory.valueOf(rs.getString("category")), rs.getString("claims"), rs.getString("arguments"),
                "DECIDED".equals(rs.getString("status")), rs.getString("filed_by_name"),
                rs.getTimestamp("filed_at").toInstant(), rs.getDate("filed_on").toLocalDate(),
                date(rs.getDate("accelerated_on")), date(rs.getDate("accelerated_withdrawn_on")),
                decision == null ? null : ProtestDecision.valueOf(decision), rs.getString("decision_reasons"),
                rs.getString("decided_by_name"), rs.getTimestamp("decided_at") == null ? null
                : rs.getTimestamp("decided_at").toInstant(), entries);
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
