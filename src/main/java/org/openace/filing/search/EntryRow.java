package org.openace.filing.search;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry as lists and exports show it: the importer number masked as stored ({@code importer_display}), money
 * with 2 decimals, the amount due being duty, tax, fees and other together.
 */
record EntryRow(String entryNumber, String entryType, LocalDate summaryDate, LocalDate entryDate, String port,
                String importer, String filerCode, String status, String releaseStatus, int lines,
                BigDecimal enteredValue, BigDecimal duty, BigDecimal tax, BigDecimal fees, BigDecimal other) {

    public String formatted() {
        return entryNumber.substring(0, 3) + "-" + entryNumber.substring(3, 10) + "-" + entryNumber.substring(10);
    }

    public BigDecimal amountDue() {
        return duty.add(tax).add(fees).add(other);
    }
}
