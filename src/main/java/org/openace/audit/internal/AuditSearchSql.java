package org.openace.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The WHERE clause of an audit search, put together from fixed fragments only: every value typed on the console
 * travels as a named parameter, never as SQL text.
 */
final class AuditSearchSql {

    private final String where;
    private final MapSqlParameterSource parameters;

    private AuditSearchSql(String where, MapSqlParameterSource parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    static AuditSearchSql of(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (filter.from() != null) {
            conditions.add("occurred_at >= :fromTime");
            parameters.addValue("fromTime", OffsetDateTime.of(filter.from().atStartOfDay(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :beforeTime");
            parameters.addValue("beforeTime", OffsetDateTime.of(filter.to().plusDays(1).atStartOfDay(), ZoneOffset.UTC));
        }
        if (filter.actor() != null) {
            conditions.add("actor_name = :actor");
            parameters.addValue("actor", filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            parameters.addValue("action", filter.action());
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = :outcome");
            parameters.addValue("outcome", filter.outcome().name());
        }
        if (filter.objectId() != null) {
            conditions.add("object_id = :objectId");
            parameters.addValue("objectId", filter.objectId());
        }
        if (filter.address() != null) {
            conditions.add("client_address = :address");
            parameters.addValue("address", filter.address());
        }
        return new AuditSearchSql(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    /** {@code ""} or {@code " where ..."}, to follow {@code from audit_event}. */
    String where() {
        return where;
    }

    SqlParameterSource parameters() {
        return parameters;
    }

    /** The parameters with the paging ones added. */
    SqlParameterSource parameters(long offset, int limit) {
        return new MapSqlParameterSource(parameters.getValues()).addValue("offset", offset).addValue("limit", limit);
    }
}
