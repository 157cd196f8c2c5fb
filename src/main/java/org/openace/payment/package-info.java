/**
 * Payments (M1-M3): statements of the duties, taxes and fees that accepted entry summaries declare, from a filer's
 * daily statement down to each entry, its lines and its fee classes, with totals that add up at every level and a
 * reconciliation of each statement against the entries; and the Periodic Monthly Statement calendar (the 11th and
 * 15th working days of each month, U.S. federal holidays and closures counted). Entries move onto a statement through
 * the filing module's own lifecycle.
 */
@NullMarked
package org.openace.payment;

import org.jspecify.annotations.NullMarked;
