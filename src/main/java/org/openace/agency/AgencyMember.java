package org.openace.agency;

import java.time.Instant;
import java.util.UUID;

/** A partner agency user assigned to an agency. */
record AgencyMember(UUID userId, String username, String displayName, Instant assignedAt) {
}
