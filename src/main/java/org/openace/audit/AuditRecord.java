package org.openace.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One event for the audit trail. Details are short, non-personal facts (a reason code, a role, a version),
 * never a password, a code, a token or personal data.
 *
 * @param action     what happened, an upper-case verb phrase such as {@code SIGN_IN_PASSWORD}
 * @param outcome    how it ended
 * @param actor      who did it; null means the signed-in user of the current request, or anonymous
 * @param objectType the kind of object acted on, such as {@code USER}
 * @param objectId   the object's id
 * @param details    further facts
 * @param clientAddress where the request came from; null means the address of the current request
 */
public record AuditRecord(String action, AuditOutcome outcome, @Nullable AuditActor actor, @Nullable String objectType,
                          @Nullable String objectId, Map<String, String> details, @Nullable String clientAddress) {

    private static final Pattern ACTION_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,79}");

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        if (!ACTION_CODE.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action is an upper-case name: " + action);
        }
        details = Map.copyOf(details);
    }

    public static Builder of(String action, AuditOutcome outcome) {
        return new Builder(action, outcome);
    }

    /** Builds an {@link AuditRecord} step by step. */
    public static final class Builder {
        private final String action;
        private final AuditOutcome outcome;
        private @Nullable AuditActor actor;
        private @Nullable String objectType;
        private @Nullable String objectId;
        private final Map<String, String> details = new LinkedHashMap<>();
        private @Nullable String clientAddress;

        private Builder(String action, AuditOutcome outcome) {
            this.action = action;
            this.outcome = outcome;
        }

        public Builder actor(AuditActor actor) {
            this.actor = actor;
            return this;
        }

        public Builder object(String type, Object id) {
            this.objectType = type;
            this.objectId = String.valueOf(id);
            return this;
        }

        public Builder detail(String key, @Nullable Object value) {
            if (value != null) {
                details.put(key, String.valueOf(value));
            }
            return this;
        }

        /** The client address, for a record written away from the request (e.g. in the background). */
        public Builder from(String address) {
            this.clientAddress = address;
            return this;
        }

        public AuditRecord build() {
            return new AuditRecord(action, outcome, actor, objectType, objectId, details, clientAddress);
        }
    }
}
