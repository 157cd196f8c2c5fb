package org.openace.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.openace.audit.AuditActor;

/**
 * What the payments module asks of entry summaries for statements (M2): which filers have accepted entry summaries
 * waiting for a statement, the move of such summaries onto a statement through their own lifecycle
 * ({@link EntrySummary#placeOnStatement}, each with its history line and {@link EntryPlacedOnStatement} event), and
 * the summaries as they stand, to drill down from a statement to lines and fees. The payments module keeps its
 * statements; the entries' state stays the filing module's.
 */
public interface EntryStatements {

    /** The filer codes with accepted entry summaries not on a statement, summary dated on or before {@code through}. */
    List<String> filersWithEntriesToPlace(LocalDate through);

    /** The importers (ids of the identifiers holding their numbers) of a filer's entries waiting up to a day. */
    List<UUID> importersWaiting(String filerCode, LocalDate through);

    /**
     * Places up to {@code max} of a filer's accepted entry summaries dated on or before {@code through} on a statement,
     * in entry number order, inside the caller's transaction (so that the statement and the moves commit together or
     * not at all); entries another transaction is moving at that moment are left for the next statement.
     *
     * @return the entries placed, with the amounts they were placed for
     */
    List<PlacedEntry> place(String filerCode, LocalDate through, Importers importers, String statementNumber,
                            LocalDate on, AuditActor actor, int max);

    /**
     * Which importers' entries a statement takes: those filed for one importer number ({@code only}, as the id of the
     * identifier that holds it), or those of every importer but some ({@code excluding}; entries whose importer no
     * account holds are always among them).
     */
    record Importers(@Nullable UUID only, java.util.Set<UUID> excluding) {

        public static Importers all() {
            return new Importers(null, java.util.Set.of());
        }

        public static Importers only(UUID importer) {
            return new Importers(importer, java.util.Set.of());
        }

        public static Importers excluding(java.util.Set<UUID> importers) {
            return new Importers(null, java.util.Set.copyOf(importers));
        }
    }

    /** An entry summary as it stands now. */
    Optional<EntrySummary> find(EntryNumber number);

    /**
     * The entry summaries the filing module holds as placed on a statement (paid or liquidated since, too), with what
     * each declares now, in entry number order: what a statement is reconciled against.
     */
    List<OnStatement> onStatement(String statementNumber);

    /** An entry summary as the filing module holds it on a statement. */
    record OnStatement(String entryNumber, int version, EntrySummaryStatus status, SummaryTotals totals) {
    }

    /**
     * Moves every entry summary on a statement to paid, each for the amount it declares ({@link EntrySummary#pay}),
     * inside the caller's transaction, with its history line, audit record and {@link EntryPaid} event.
     *
     * @return how many were paid
     * @throws IllegalEntryMoveException when one of them cannot be paid (nothing is then to be committed)
     */
    int pay(String statementNumber, LocalDate on, AuditActor actor);

    /**
     * An entry summary placed on a statement, with what it declared when placed and the importer number it was filed
     * for, as the id of the identifier that holds it (null while no account holds it).
     */
    record PlacedEntry(EntryFacts entry, LocalDate summaryDate, LocalDate entryDate, SummaryTotals totals,
                       @Nullable UUID importerIdentifier) {
    }
}
