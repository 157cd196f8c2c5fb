/**
 * Payment options (M1) per importer number: ACH refund bank details, every change approved by a second person of the
 * account (dual control), the account number sealed per field and shown masked; ACH debit with the payer unit number
 * customs assigns; ACH credit with its prenote; Periodic Monthly Statement enrollment on an active ACH debit. Each
 * option has its status and history and every step is audited.
 */
@NullMarked
package org.openace.payment.option;

import org.jspecify.annotations.NullMarked;
