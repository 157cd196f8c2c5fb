package org.openace.privacy;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One release of a record about a person to another agency.
 *
 * @param subjectType what kind of record (e.g. {@code TRADE_ACCOUNT})
 * @param subjectId   which record
 * @param recipient   the receiving agency
 * @param purpose     why it was released
 * @param legalBasis  the routine use or provision of law it was released under
 * @param disclosedBy the user who released it, if a person did
 * @param disclosedAt when
 */
public record Disclosure(UUID id, String subjectType, String subjectId, String recipient, String purpose,
                         String legalBasis, @Nullable UUID disclosedBy, Instant disclosedAt) {
}
