package org.openace.review;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An officer issued a CBP form on an entry (for notifications and webhooks): its action number, kind ("CF28", "CF29",
 * "CF4647"), entry number, port, the filer code that filed the entry, the importer's sub-account (null while no
 * account holds the importer number) and the due date of an answer (null where none is asked). No personal data.
 */
public record CbpFormIssued(String actionNumber, String form, String entryNumber, String port, String filerCode,
                            @Nullable UUID importerSubAccount, @Nullable LocalDate dueOn) {
}
