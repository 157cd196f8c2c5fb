package org.openace.payment.statement;

import java.time.LocalDate;

/** An entry summary on a statement, with the amounts it declared when placed on it. */
record StatementEntry(String entryNumber, int version, String entryType, String portOfEntry, String importerDisplay,
                      LocalDate summaryDate, LocalDate entryDate, Amounts amounts) {

    /** The entry number as printed: {@code D3M-9000001-5}. */
    public String formatted() {
        return entryNumber.substring(0, 3) + "-" + entryNumber.substring(3, 10) + "-" + entryNumber.substring(10);
    }
}
