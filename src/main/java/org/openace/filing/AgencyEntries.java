package org.openace.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.reference.ImporterNumber;

/**
 * What partner government agencies may ask of entries (issue 11, G2), for the module that knows their agreements:
 * the lines whose HTS number falls within what an agency's agreement covers, entry by entry, and an entry opened to
 * its covered lines only; holds placed and lifted in the agency's name through the same moves officers make. The
 * importer's identity is read only when the coverage allows it; otherwise each line names its importer only by
 * {@link CoveredLine#importerSubject()}, the keyed digest under which the accounting of disclosures files what was
 * shown about that importer. Whoever calls has checked that the user belongs to the agency; nothing here records
 * the disclosure.
 */
public interface AgencyEntries {

    /**
     * What an agency may see.
     *
     * @param agencyCode       the agency's code: the authority of the holds it places
     * @param htsPrefixes      the HTS chapters (2 digits) and headings (4 digits) covered
     * @param importerIdentity whether the importer's name and number may be read and shown
     */
    record Coverage(String agencyCode, List<String> htsPrefixes, boolean importerIdentity) {

        public Coverage {
            htsPrefixes = List.copyOf(htsPrefixes);
        }

        /** Whether an HTS number (digits) falls within the coverage. */
        public boolean covers(String htsDigits) {
            return htsPrefixes.stream().anyMatch(htsDigits::startsWith);
        }
    }

    /** Where a page of the search starts: after this entry, in the order of summary dates, newest first. */
    record Cursor(LocalDate summaryDate, EntryNumber entryNumber) {

        /** As written in a link: {@code 2026-09-18.B3M12345675} (no personal data). */
        public String token() {
            return summaryDate + "." + entryNumber.compact();
        }

        public static Optional<Cursor> of(@Nullable String token) {
            if (token == null || token.length() != 22 || token.charAt(10) != '.') {
                return Optional.empty();
            }
            try {
                LocalDate date = LocalDate.parse(token.substring(0, 10));
                return EntryNumber.tryParse(token.substring(11)).map(number -> new Cursor(date, number));
            }
            catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * A search within the coverage; every filter optional.
     *
     * @param hts         an HTS number of 4 to 10 digits the lines start with (the caller checks it overlaps)
     * @param port        a port of entry (4 digits)
     * @param summaryFrom the first summary date
     * @param summaryTo   the last summary date
     */
    record Query(@Nullable String hts, @Nullable String port, @Nullable LocalDate summaryFrom,
                 @Nullable LocalDate summaryTo, @Nullable Cursor after) {
    }

    /**
     * A line of an entry within the coverage.
     *
     * @param importerSubject the keyed digest of the importer number (hex): whom the accounting of disclosures files
     * @param importer        the importer number as screens show it (masked), only where identity may be shown
     */
    record CoveredLine(EntryNumber entryNumber, LocalDate summaryDate, LocalDate entryDate, String port,
                       int lineNumber, String htsNumber, String countryOfOrigin, BigDecimal enteredValue,
                       String importerSubject, @Nullable String importer) {
    }

    /** A page of covered lines, entry by entry, and where the next page starts if there is one. */
    record Page(List<CoveredLine> lines, @Nullable Cursor next) {

        public Page {
            lines = List.copyOf(lines);
        }
    }

    /**
     * An entry opened within the coverage: its header, its covered lines only and its holds.
     *
     * @param importer     the importer number as screens show it (masked), only where identity may be shown
     * @param importerName the name of the trade account holding the importer number, only where identity may be
     *                     shown and an account holds it
     */
    record CoveredEntry(EntryNumber entryNumber, String entryType, LocalDate summaryDate, LocalDate entryDate,
                        String port, String status, String releaseStatus, String importerSubject,
                        @Nullable String importer, @Nullable String importerName, List<CoveredLine> lines,
                        List<Hold> holds) {

        public CoveredEntry {
            lines = List.copyOf(lines);
            holds = List.copyOf(holds);
        }
    }

    /** How an agency's hold move ended. */
    sealed interface HoldResult {

        /** Placed (its number) or lifted. */
        record Done(int holdNumber) implements HoldResult {
        }

        /** The entry does not exist or has no line within the coverage: nothing is said about it. */
        record NotCovered() implements HoldResult {
        }

        /** The hold to lift was not placed by this agency, or there is no such hold. */
        record NotTheAgencys() implements HoldResult {
        }

        /** The reason is missing or cannot be used: the message says what it should be. */
        record BadReason(String message) implements HoldResult {
        }

        /** The entry's state does not allow the move (the entry summary's reason). */
        record Refused(String reason) implements HoldResult {
        }
    }

    /** At most {@code entries} entries with covered lines, newest summary first, with all their covered lines. */
    Page search(Coverage coverage, Query query, int entries);

    /** The entry with its covered lines; empty if there is no such entry or none of its lines is covered. */
    Optional<CoveredEntry> open(Coverage coverage, EntryNumber number);

    /** Holds the entry's cargo in the agency's name (its code is the hold's authority), with a reason. */
    HoldResult placeHold(Coverage coverage, EntryNumber number, @Nullable String reason, AuditActor actor);

    /** Lifts a hold the agency placed on the entry. */
    HoldResult liftHold(Coverage coverage, EntryNumber number, int holdNumber, AuditActor actor);

    /** The subject under which the accounting of disclosures files what was shown about an importer. */
    String importerSubject(ImporterNumber importer);
}
