package org.openace.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the fields of an event that its seal covers, the same way for the sealer and the verifier. */
final class SealedEvents {

    /** The event's columns, from {@code audit_event e}. */
    static final String COLUMNS = """
            e.seq, e.occurred_at, e.actor_id, e.actor_name, e.action, e.object_type, e.object_id, e.outcome,
            e.client_address, e.details::text as details""";

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private SealedEvents() {
    }

    static AuditChain.SealedFields fields(ResultSet row, JsonMapper json) throws SQLException {
        return new AuditChain.SealedFields(row.getTimestamp("occurred_at").toInstant(),
                row.getObject("actor_id", UUID.class), row.getString("actor_name"), row.getString("action"),
                row.getString("object_type"), row.getString("object_id"), row.getString("outcome"),
                row.getString("client_address"), json.readValue(row.getString("details"), DETAILS));
    }
}
