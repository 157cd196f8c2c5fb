package org.openace.payment.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A statement as listed and as headed on its page: a filer's daily statement, a filer's periodic daily statement for
 * an importer enrolled in PMS (with the monthly statement it belongs to), or an importer's Periodic Monthly Statement
 * (no filer; dated the first day of its month, with its preliminary print date and payment date). A filer's statement
 * names the identifier that holds its filer code while an account holds it ({@code filerIdentifier}).
 */
record Statement(String number, String kind, @Nullable String filerCode, LocalDate date, StatementStatus status,
                 int entryCount, Amounts amounts, Instant preparedAt, @Nullable UUID importerIdentifier,
                 @Nullable String monthlyStatementNumber, @Nullable LocalDate preliminaryDate,
                 @Nullable LocalDate paymentDue, @Nullable UUID filerIdentifier) {

    static final String DAILY = "DAILY";
    static final String PERIODIC_DAILY = "PERIODIC_DAILY";
    static final String PERIODIC_MONTHLY = "PERIODIC_MONTHLY";

    public String kindTitle() {
        return switch (kind) {
            case DAILY -> "Daily statement";
            case PERIODIC_DAILY -> "Periodic daily statement";
            case PERIODIC_MONTHLY -> "Periodic Monthly Statement";
            default -> kind;
        };
    }

    public boolean monthly() {
        return PERIODIC_MONTHLY.equals(kind);
    }

    public boolean periodicDaily() {
        return PERIODIC_DAILY.equals(kind);
    }

    /** Who it is of, as lists show it: the filer code, or "PMS" for a monthly statement. */
    public String filerShown() {
        return filerCode == null ? "PMS" : filerCode;
    }
}
