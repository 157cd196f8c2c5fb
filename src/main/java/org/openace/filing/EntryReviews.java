package org.openace.filing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openace.account.SubAccountId;
import org.openace.audit.AuditActor;

/**
 * What the review module asks of entry summaries for CBP forms and protests (R1, R4): an entry as it stands, with the
 * sub-accounts it is visible from, and a line in the entry's history for each step of a form or protest, written in
 * the caller's transaction so that the step and its history line commit together or not at all. The forms and
 * protests are the review module's; the entry and its history stay the filing module's.
 */
public interface EntryReviews {

    /** The entry summary, if one has that number. */
    Optional<ReviewedEntry> find(EntryNumber number);

    /**
     * The newest accepted (not rejected) entry summaries visible from an importer's sub-account by its importer
     * number, by entry date, at most {@code max}.
     */
    List<EntryNumber> latestOfImporter(SubAccountId importerSubAccount, int max);

    /**
     * Adds a line to the entry's history (its version the entry's current one), in the caller's transaction. Details
     * are short facts without personal data (a form's kind and action number, a due date), shown on the entry's page.
     */
    void note(EntryNumber number, ReviewStep step, AuditActor actor, Map<String, String> details);
}
