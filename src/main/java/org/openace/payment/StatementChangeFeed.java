package org.openace.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The statements that changed, in the order they changed, for the analytics store beside each node (the statement
 * reports REV-101 to REV-104 read it there), as the filing module's {@code EntryChangeFeed} gives entries: positions
 * follow the id of the transaction that last changed each statement, read below the oldest transaction still running,
 * so that a reader that applies every page and keeps the position each returns misses nothing and sees every change
 * (a statement changed again comes again, after the position). Read-only. Importer numbers come as the masked display
 * lists show (never the number itself).
 */
public interface StatementChangeFeed {

    /**
     * Reads up to {@code limit} changed statements after {@code after}, in order, in one consistent snapshot.
     *
     * @return where the next read continues, how many were read, and whether everything finished so far was read
     */
    Page read(Position after, int limit, Consumer<ChangedStatement> each);

    /** Where a reader stands: every statement whose last change is at or before (transaction, number) was read. */
    record Position(long transaction, String statementNumber) {

        public static final Position START = new Position(0, "");

        public Position {
            Objects.requireNonNull(statementNumber, "statement number ('' for all of the transaction)");
            if (transaction < 0) {
                throw new IllegalArgumentException("A transaction id is not negative: " + transaction);
            }
        }
    }

    record Page(Position next, int statements, boolean caughtUp) {
    }

    /**
     * A statement as it stands now, with its payment.
     *
     * @param kind              DAILY, PERIODIC_DAILY or PERIODIC_MONTHLY
     * @param status            AU, NP or PD
     * @param importerNumber    the importer number (masked as lists show it) of a periodic daily or monthly
     *                          statement, null for a daily statement (it may hold several importers' entries)
     * @param importerSubAccount the sub-account that sees the statement as its importer's (a monthly statement), and
     *                          the other visibility ids likewise: the filer's for a daily or periodic daily statement
     * @param paymentMethod     ACH_DEBIT or ACH_CREDIT once a payment is authorized, else null
     */
    record ChangedStatement(Position position, String statementNumber, String kind, @Nullable String filerCode,
                            LocalDate statementDate, String status, int entryCount, BigDecimal duty, BigDecimal tax,
                            BigDecimal fees, BigDecimal other, BigDecimal total,
                            @Nullable String monthlyStatementNumber, @Nullable LocalDate preliminaryDate,
                            @Nullable LocalDate paymentDue, @Nullable String importerNumber,
                            @Nullable String paymentMethod, @Nullable String payerUnitNumber,
                            @Nullable LocalDate paidOn, @Nullable String importerSubAccount,
                            @Nullable String importerIdentifier, @Nullable String filerSubAccount,
                            @Nullable String filerIdentifier) {
    }
}
