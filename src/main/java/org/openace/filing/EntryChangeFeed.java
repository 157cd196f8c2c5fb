package org.openace.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The entry summaries that changed, in the order they changed, for stores that keep a copy of them outside the
 * filing tables (the analytics store beside each node: docs/adr/013-analytics-store.md). Read-only. A reader keeps
 * the {@link Position} it has applied and asks for what follows it; what it gets is each changed entry as it stands
 * now, in report-shaped columns: the summary's header and one row per tariff ordinal of its current version. The
 * importer number is the masked display kept for lists (never the number itself: it may be a Social Security
 * number).
 * <p>
 * Positions follow the id of the transaction that last changed each entry ({@code entry_summary.change_xid}), read
 * below the oldest transaction still running, so that no commit can later add to what was read: a reader that
 * applies every page and keeps the position each returns misses nothing and sees every correction (an entry changed
 * again comes again, after the position).
 */
public interface EntryChangeFeed {

    /**
     * Reads up to {@code limit} changed entries after {@code after}, in order, in one consistent snapshot, handing each
     * to {@code each} as it is read.
     *
     * @return where the next read continues, and whether everything finished so far has been read
     */
    Page read(Position after, int limit, Consumer<ChangedEntry> each);

    /**
     * Whether this database's feed has reached the position (a position kept elsewhere, such as in an export of a
     * store, that is beyond every transaction of this database so far was taken from another database).
     */
    boolean reached(Position position);

    /**
     * Where a reader stands: every entry whose last change is at or before (transaction id, entry number) has been
     * read. {@link #START} is before everything.
     */
    record Position(long transaction, String entryNumber) implements Comparable<Position> {

        public static final Position START = new Position(0, "");

        public Position {
            Objects.requireNonNull(entryNumber, "entry number ('' for all of the transaction)");
            if (transaction < 0) {
                throw new IllegalArgumentException("A transaction id is not negative: " + transaction);
            }
        }

        @Override
        public int compareTo(Position other) {
            int byTransaction = Long.compare(transaction, other.transaction);
            return byTransaction != 0 ? byTransaction : entryNumber.compareTo(other.entryNumber);
        }
    }

    /**
     * What a read returned.
     *
     * @param next     the position to read from next time
     * @param entries  how many entries were read
     * @param caughtUp true when the read reached the end of what has finished (fewer than the limit), false when there
     *                 is more to read now
     */
    record Page(Position next, int entries, boolean caughtUp) {
    }

    /**
     * An entry summary as it stands now, its header in report-shaped columns and its tariff ordinals.
     *
     * @param position        where this entry's last change stands in the feed
     * @param importerDisplay the importer number masked as lists show it
     * @param importerSubAccount the sub-account that sees the entry as its importer's (null while none holds it), and
     *                        the other visibility ids likewise
     * @param exportDate      the date of export (Block 15)
     * @param foreignPortOfLading the Schedule K code of the foreign port of lading (Block 19), null when none is
     *                        declared (not by vessel)
     * @param portOfUnlading  the U.S. port of unlading (Block 20)
     * @param manufacturerId  the manufacturer ID of the header (Block 13)
     * @param ultimateConsignee the ultimate consignee number masked as lists show it (never the number itself: it may
     *                        be a Social Security number), null when the summary names none
     * @param statementNumber the statement the entry is on (or was paid on), null while on none
     */
    record ChangedEntry(Position position, String entryNumber, int version, String status, String releaseStatus,
                        String entryType, String filerCode, String importerDisplay, String portOfEntry,
                        LocalDate entryDate, LocalDate summaryDate, String modeOfTransport, String countryOfOrigin,
                        String countryOfExport, int lineCount, BigDecimal enteredValue, BigDecimal duty,
                        BigDecimal tax, BigDecimal fees, BigDecimal other, @Nullable LocalDate liquidationDate,
                        @Nullable String importerSubAccount, @Nullable String importerIdentifier,
                        @Nullable String filerSubAccount, @Nullable String filerIdentifier,
                        LocalDate exportDate, @Nullable String foreignPortOfLading, String portOfUnlading,
                        String manufacturerId, @Nullable String ultimateConsignee, @Nullable String statementNumber,
                        List<ReportedOrdinal> ordinals) {

        public ChangedEntry {
            ordinals = List.copyOf(ordinals);
        }
    }

    /**
     * One tariff ordinal of a line (the grain of ACE's ES-003 "Entry Summary Line Tariff Details").
     *
     * @param ordinal    the tariff ordinal number on its line, from 1
     * @param htsNumber  the HTS number, digits only ({@code 9403200017})
     * @param quantity1  the first reported quantity and its unit, null when the ordinal reports none
     * @param manufacturerId the manufacturer ID of the ordinal's line
     * @param related    whether buyer and seller are related (the line's related party indicator)
     * @param dutyRate   the duty rate as filed, as text: {@code Free}, an ad valorem rate ({@code 6.5%}), a specific
     *                   rate in dollars per unit of quantity ({@code $0.066/KG}), or a compound rate of both
     *                   ({@code $0.25/NO + 3.9%})
     */
    record ReportedOrdinal(int lineNumber, int ordinal, String htsNumber, String countryOfOrigin,
                           BigDecimal enteredValue, BigDecimal duty, BigDecimal tax, @Nullable BigDecimal quantity1,
                           @Nullable String unit1, String manufacturerId, boolean related, String dutyRate) {
    }
}
