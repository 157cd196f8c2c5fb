package org.openace.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A filer's daily statement was prepared: its number, date, how many entries and the total due. */
public record DailyStatementPrepared(String statementNumber, String filerCode, LocalDate statementDate, int entries,
                                     BigDecimal total) {
}
