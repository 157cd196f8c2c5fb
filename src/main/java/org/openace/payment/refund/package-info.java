/**
 * Refunds from liquidation (M3): a liquidation at less than the entry paid owes the difference to the importer, paid
 * to its active ACH refund bank details, held while it has none, and recorded when customs pays it out.
 */
@NullMarked
package org.openace.payment.refund;

import org.jspecify.annotations.NullMarked;
