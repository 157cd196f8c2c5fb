package org.openace.filing;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;

/**
 * An entry summary as CBP forms and protests need it: its number, filer code, port and status, the importer as it may
 * be shown (masked where it is personal data), the sub-accounts it is visible from (the importer's by importer number,
 * the filer's by filer code, each with the identifier that holds it; null while no account holds it), and its
 * liquidation date and protest window where liquidated; and the keyed digest of the importer number (not the number),
 * by which a reader follows the importer number to the sub-account that comes to hold it.
 */
public record ReviewedEntry(EntryNumber number, String filerCode, PortCode port, EntrySummaryStatus status,
                            int version, String importerDisplay, @Nullable SubAccountId importerSubAccount,
                            @Nullable UUID importerIdentifier, @Nullable SubAccountId filerSubAccount,
                            @Nullable UUID filerIdentifier, @Nullable LocalDate liquidationDate,
                            @Nullable LocalDate protestBy, byte[] importerDigest) {
}
