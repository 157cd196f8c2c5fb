package org.openace.payment.refund;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.EntryLiquidated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds from liquidation (M3). When an entry paid on a statement is liquidated at less than it paid, the difference
 * is owed to its importer: SCHEDULED to the importer number's active ACH refund bank details, or HELD while it has
 * none, until some are approved ({@link #scheduleHeld}); customs records it ISSUED when paid out. Built from the filing
 * module's {@link EntryLiquidated} events (delivered from the publication registry, retried if a node dies; a
 * liquidation refunded once only). A liquidation at more than was paid is a bill, not a refund: nothing here.
 */
@Component
public class Refunds {

    static final String OWED = "REFUND_OWED";
    static final String ISSUED = "REFUND_ISSUED";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Refunds(JdbcClient jdbc, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EntryLiquidated liquidated) {
        String entry = liquidated.entry().entryNumber().compact();
        record Paid(String statement, BigDecimal total, UUID identifier) {
        }
        Optional<Paid> paid = jdbc.sql("""
                select se.statement_number, se.total, se.importer_identifier_id
                from statement_entry se join statement s using (statement_number)
                where se.entry_number = ? and s.status = 'PD'
                """).param(entry).query((rs, n) -> new Paid(rs.getString(1), rs.getBigDecimal(2),
                rs.getObject(3, UUID.class))).optional();
        if (paid.isEmpty() || liquidated.amount().amount().compareTo(paid.get().total()) >= 0) {
            return;
        }
        Instant now = clock.instant();
        UUID bank = paid.get().identifier() == null ? null : activeBankDetails(paid.get().identifier());
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into refund (id, entry_number, statement_number, identifier_id, liquidated_on, paid_amount,
                    liquidated_amount, amount, status, bank_detail_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (entry_number, liquidated_on) do nothing
                """).param(id).param(entry).param(paid.get().statement()).param(paid.get().identifier())
                .param(Date.valueOf(liquidated.on())).param(paid.get().total())
                .param(liquidated.amount().amount().setScale(2, java.math.RoundingMode.UNNECESSARY))
                .param(paid.get().total().subtract(liquidated.amount().amount()).setScale(2,
                        java.math.RoundingMode.UNNECESSARY))
                .param(bank == null ? "HELD" : "SCHEDULED").param(bank).param(Timestamp.from(now))
                .param(Timestamp.from(now)).update();
        if (inserted == 1) {
            audit.record(AuditRecord.of(OWED, AuditOutcome.SUCCESS).actor(AuditActor.SYSTEM).object("REFUND", id)
                    .detail("entry", liquidated.entry().entryNumber().formatted())
                    .detail("status", bank == null ? "HELD" : "SCHEDULED"));
        }
    }

    /** Schedules the held refunds of an importer number to its refund bank details just approved (in that transaction). */
    public int scheduleHeld(UUID identifierId, UUID bankDetailId) {
        return jdbc.sql("""
                update refund set status = 'SCHEDULED', bank_detail_id = ?, updated_at = ?
                where identifier_id = ? and status = 'HELD'
                """).param(bankDetailId).param(Timestamp.from(clock.instant())).param(identifierId).update();
    }

    /** Points the scheduled (not yet issued) refunds of an importer number to its new refund bank details. */
    public int moveScheduled(UUID identifierId, UUID bankDetailId) {
        return jdbc.sql("""
                update refund set bank_detail_id = ?, updated_at = ?
                where identifier_id = ? and status = 'SCHEDULED'
                """).param(bankDetailId).param(Timestamp.from(clock.instant())).param(identifierId).update();
    }

    public List<Refund> of(UUID identifierId) {
        return jdbc.sql("select * from refund where identifier_id = ? order by created_at desc, id").param(identifierId)
                .query(Refunds::refund).list();
    }

    public List<Refund> waiting() {
        return jdbc.sql("select * from refund where status <> 'ISSUED' order by created_at, id").query(Refunds::refund)
                .list();
    }

    /** Customs records a scheduled refund paid out. */
    public boolean issue(UUID refundId, LocalDate on, AuditActor officer) {
        Boolean done = transaction.execute(status -> {
            int changed = jdbc.sql("""
                    update refund set status = 'ISSUED', issued_on = ?, issued_by_name = ?, updated_at = ?
                    where id = ? and status = 'SCHEDULED'
                    """).param(Date.valueOf(on)).param(officer.name()).param(Timestamp.from(clock.instant()))
                    .param(refundId).update();
            audit.record(AuditRecord.of(ISSUED, changed == 1 ? AuditOutcome.SUCCESS : AuditOutcome.DENIED)
                    .actor(officer).object("REFUND", refundId).detail("on", on));
            return changed == 1;
        });
        return Boolean.TRUE.equals(done);
    }

    private UUID activeBankDetails(UUID identifierId) {
        return jdbc.sql("select id from refund_bank_detail where identifier_id = ? and status = 'ACTIVE'")
                .param(identifierId).query(UUID.class).optional().orElse(null);
    }

    private static Refund refund(ResultSet rs, int row) throws SQLException {
        return new Refund(rs.getObject("id", UUID.class), rs.getString("entry_number"),
                rs.getString("statement_number"), rs.getObject("identifier_id", UUID.class),
                rs.getDate("liquidated_on").toLocalDate(), rs.getBigDecimal("paid_amount"),
                rs.getBigDecimal("liquidated_amount"), rs.getBigDecimal("amount"), rs.getString("status"),
                rs.getDate("issued_on") == null ? null : rs.getDate("issued_on").toLocalDate());
    }
}
