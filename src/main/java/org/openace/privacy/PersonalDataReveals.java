package org.openace.privacy;

import java.util.function.Supplier;

import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.platform.PersonalDataRedaction;
import org.springframework.stereotype.Component;

/**
 * Shows a masked identifier in full, once, to someone whose role allows it, for a stated reason; every reveal (and
 * every refused one) is audited. The caller decides whether the role allows it; this records and opens.
 */
@Component
public class PersonalDataReveals {

    private final AuditTrail audit;

    PersonalDataReveals(AuditTrail audit) {
        this.audit = audit;
    }

    /** Opens the value after auditing the reveal. {@code note} is optional free text, redacted of identifiers. */
    public TaxIdentifier reveal(String subjectType, String subjectId, RevealReason reason, String note,
                                Supplier<TaxIdentifier> opener) {
        String cleanNote = note == null ? "" : PersonalDataRedaction.redact(note.strip());
        if (cleanNote.length() > 200) {
            cleanNote = cleanNote.substring(0, 200);
        }
        TaxIdentifier value = opener.get();
        audit.record(AuditRecord.of("PERSONAL_DATA_REVEALED", AuditOutcome.SUCCESS).object(subjectType, subjectId)
                .detail("reason", reason).detail("note", cleanNote.isEmpty() ? null : cleanNote)
                .detail("kind", value.kind()));
        return value;
    }

    /** Records a reveal that was refused (wrong role, no reason). */
    public void refused(String subjectType, String subjectId, String why) {
        audit.record(AuditRecord.of("PERSONAL_DATA_REVEALED", AuditOutcome.DENIED).object(subjectType, subjectId)
                .detail("reason", why));
    }
}
