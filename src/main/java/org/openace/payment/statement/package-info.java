/**
 * Statements: filers' daily statements prepared from their accepted entry summaries (by the daily schedule or
 * {@code admin prepare-statements}), listed for whoever may see the filer's payments, and drilled down from the
 * statement to its entries, each entry's lines and its fee classes, with CSV and XLSX downloads at every level and a
 * reconciliation of the statement against the entries as the filing module holds them.
 */
@NullMarked
package org.openace.payment.statement;

import org.jspecify.annotations.NullMarked;
