package org.openace.payment.statement;

import java.time.Instant;
import java.time.LocalDate;

/** A statement as listed and as headed on its page. */
record Statement(String number, String kind, String filerCode, LocalDate date, StatementStatus status, int entryCount,
                 Amounts amounts, Instant preparedAt) {

    public String kindTitle() {
        return "DAILY".equals(kind) ? "Daily statement" : kind;
    }
}
