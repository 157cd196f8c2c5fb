/**
 * Payments (M1-M3): statements of the duties, taxes and fees that accepted entry summaries declare, from a filer's
 * daily statement down to each entry, its lines and its fee classes, with totals that add up at every level and a
 * reconciliation of each statement against the entries, and a change feed of statements for the analytics store;
 * payment options per importer number (ACH refund bank details under dual control, ACH debit with its payer unit
 * number, ACH credit with its prenote, Periodic Monthly Statement enrollment) and per filer code (a broker's own ACH
 * debit and credit) and the PMS calendar; statement payments authorized by the trade and recorded by customs, and refunds
 * from liquidation. Entries move onto a statement and to paid through the filing module's own lifecycle.
 */
@NullMarked
package org.openace.payment;

import org.jspecify.annotations.NullMarked;
