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

    /** One record released in a batch: its subject and what was released of it, the purpose included. */
    public record Released(String subjectType, String subjectId, String purpose) {
    }

    /**
     * Records several releases to one recipient at once (a page of search results: one per person shown), in one
     * insert statement, and one audit record naming how many.
     */
    @Transactional
    public List<Disclosure> recordAll(List<Released> released, String recipient, String legalBasis,
                                      @Nullable UUID disclosedBy) {
        if (released.isEmpty()) {
            return List.of();
        }
        java.time.Instant at = clock.instant();
        List<Disclosure> disclosures = released.stream().map(r -> new Disclosure(UUID.randomUUID(), r.subjectType(),
                r.subjectId(), recipient, r.purpose(), legalBasis, disclosedBy, at)).toList();
        StringBuilder sql = new StringBuilder("insert into disclosure_record (id, subject_type, subject_id, recipient, "
                + "purpose, legal_basis, disclosed_by, disclosed_at) values ");
        List<Object> values = new java.util.ArrayList<>();
        for (Disclosure d : disclosures) {
            sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            values.addAll(java.util.Arrays.asList(d.id(), d.subjectType(), d.subjectId(), recipient, d.purpose(),
                    legalBasis, disclosedBy, Timestamp.from(at)));
        }
        jdbc.sql(sql.toString()).params(values).update();
        audit.record(AuditRecord.of("RECORD_DISCLOSED", AuditOutcome.SUCCESS)
                .object(disclosures.getFirst().subjectType(), "batch")
                .detail("recipient", recipient).detail("legalBasis", legalBasis)
                .detail("records", String.valueOf(disclosures.size())));
        return disclosures;
    }

    public List<Disclosure> of(String subjectType, String subjectId) {
        return jdbc.sql("""
                select id, subject_type, subject_id, recipient, purpose, legal_basis, disclosed_by, disclosed_at
                from disclosure_record where subject_type = ? and subject_id = ? order by disclosed_at desc
                """).param(subjectType).param(subjectId).query(Disclosure.class).list();
    }
}
