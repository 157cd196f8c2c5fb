package org.openace.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounting of disclosures: records each release of a record to another agency (date, purpose, recipient,
 * legal basis) and lists them per record, as the Privacy Act requires on request of the person concerned.
 */
@Component
public class DisclosureAccounting {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    DisclosureAccounting(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Disclosure record(String subjectType, String subjectId, String recipient, String purpose, String legalBasis,
                             @Nullable UUID disclosedBy) {
        Disclosure disclosure = new Disclosure(UUID.randomUUID(), subjectType, subjectId, recipient, purpose, legalBasis,
                disclosedBy, clock.instant());
        jdbc.sql("""
                insert into disclosure_record (id, subject_type, subject_id, recipient, purpose, legal_basis,
                                               disclosed_by, disclosed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).param(disclosure.id()).param(subjectType).param(subjectId).param(recipient).param(purpose)
                .param(legalBasis).param(disclosedBy).param(Timestamp.from(disclosure.disclosedAt())).update();
        audit.record(AuditRecord.of("RECORD_DISCLOSED", AuditOutcome.SUCCESS).object(subjectType, subjectId)
                .detail("recipient", recipient).detail("legalBasis", legalBasis));
        return disclosure;
    }

    public List<Disclosure> of(String subjectType, String subjectId) {
        return jdbc.sql("""
                select id, subject_type, subject_id, recipient, purpose, legal_basis, disclosed_by, disclosed_at
                from disclosure_record where subject_type = ? and subject_id = ? order by disclosed_at desc
                """).param(subjectType).param(subjectId).query(Disclosure.class).list();
    }
}
