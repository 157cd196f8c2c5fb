/**
 * The audit trail: every security and data event (who, what, when in UTC, from where, on which object, with
 * which outcome), append-only and sealed in a keyed hash chain that a verifier can check end to end.
 */
@NullMarked
package org.openace.audit;

import org.jspecify.annotations.NullMarked;
