package org.openace.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditChainVerifier;
import org.openace.audit.ChainVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail in order, streaming, and recomputes every seal. */
@Component
class JdbcAuditChainVerifier implements AuditChainVerifier {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final AuditChain chain;
    private final JsonMapper json;

    JdbcAuditChainVerifier(DataSource dataSource, AuditChain chain, JsonMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.chain = chain;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Walk walk = new Walk();
        jdbc.query("""
                select seq, occurred_at, actor_id, actor_name, action, object_type, object_id, outcome,
                       client_address, details::text as details, previous_hash, hash
                from audit_event order by seq
                """, walk);
        return new ChainVerification(walk.rows, walk.firstBroken, walk.lastSeq, HexFormat.of().formatHex(walk.expectedPrevious));
    }

    private final class Walk implements RowCallbackHandler {
        long rows;
        long lastSeq;
        @Nullable Long firstBroken;
        byte[] expectedPrevious = AuditChain.GENESIS;

        @Override
        public void processRow(ResultSet row) throws SQLException {
            rows++;
            long seq = row.getLong("seq");
            lastSeq = seq;
            byte[] previous = row.getBytes("previous_hash");
            byte[] hash = row.getBytes("hash");
            AuditChain.SealedFields fields = new AuditChain.SealedFields(
                    row.getTimestamp("occurred_at").toInstant(), row.getObject("actor_id", UUID.class),
                    row.getString("actor_name"), row.getString("action"), row.getString("object_type"),
                    row.getString("object_id"), row.getString("outcome"), row.getString("client_address"),
                    json.readValue(row.getString("details"), DETAILS));
            boolean linked = Arrays.equals(previous, expectedPrevious);
            boolean sealed = Arrays.equals(hash, chain.seal(previous, fields));
            if (firstBroken == null && !(linked && sealed)) {
                firstBroken = seq;
            }
            expectedPrevious = hash;
        }
    }
}
