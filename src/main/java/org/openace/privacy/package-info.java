/**
 * Personal data under the Privacy Act: tax identifiers (SSN, EIN, customs-assigned numbers) as self-validating
 * values that are masked everywhere, their encrypted storage bound to the row with a keyed digest for look-ups,
 * audited reveals with a stated reason, and the accounting of disclosures to other agencies (5 U.S.C. 552a(c)).
 */
@NullMarked
package org.openace.privacy;

import org.jspecify.annotations.NullMarked;
