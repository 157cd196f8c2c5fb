package org.openace.audit.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditOutcome;

/**
 * What to look for in the audit trail. Dates are whole UTC days, both included; text filters match exactly (the
 * user ID in lower case, as user IDs are stored). A null filter is no filter.
 */
record AuditFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String actor, @Nullable String action,
                   @Nullable AuditOutcome outcome, @Nullable String objectId, @Nullable String address) {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    /** The filters that are set, by their query parameter names, in the order of the form. */
    Map<String, String> parameters() {
        Map<String, String> set = new LinkedHashMap<>();
        put(set, "from", from);
        put(set, "to", to);
        put(set, "actor", actor);
        put(set, "action", action);
        put(set, "outcome", outcome);
        put(set, "objectId", objectId);
        put(set, "address", address);
        return set;
    }

    /** The query string of these filters (without the {@code ?}), form-encoded, empty without filters. */
    String queryString() {
        StringJoiner query = new StringJoiner("&");
        parameters().forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static void put(Map<String, String> set, String name, @Nullable Object value) {
        if (value != null) {
            set.put(name, value.toString());
        }
    }
}
