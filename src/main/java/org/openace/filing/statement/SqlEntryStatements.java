package org.openace.filing.statement;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryPaid;
import org.openace.filing.EntryPlacedOnStatement;
import org.openace.filing.EntryStatements;
import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.Money;
import org.openace.filing.SummaryTotals;
import org.openace.filing.store.EntryChanges;
import org.openace.filing.store.EntrySummaryStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EntryStatements} on {@code entry_summary}: the accepted summaries waiting for a statement found by the partial
 * index {@code entry_summary_to_place_ix}, taken {@code FOR UPDATE SKIP LOCKED} and moved one by one by the entry
 * summary itself, each with its history line, the audit record {@value #AUDIT_ACTION} and its event.
 */
@Component
class SqlEntryStatements implements EntryStatements {

    static final String AUDIT_ACTION = "ENTRY_PLACED_ON_STATEMENT";
    static final String PAID_ACTION = "ENTRY_PAID";

    private final JdbcClient jdbc;
    private final EntrySummaryStore store;
    private final EntryChanges changes;
    private final Clock clock;

    SqlEntryStatements(JdbcClient jdbc, EntrySummaryStore store, EntryChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public List<String> filersWithEntriesToPlace(LocalDate through) {
        return jdbc.sql("""
                select distinct filer_code from entry_summary
                where status = 'ACCEPTED' and summary_date <= ? order by filer_code
                """).param(Date.valueOf(through)).query(String.class).list();
    }

    @Override
    public List<UUID> importersWaiting(String filerCode, LocalDate through) {
        return jdbc.sql("""
                select distinct importer_identifier_id from entry_summary
                where status = 'ACCEPTED' and filer_code = ? and summary_date <= ? and importer_identifier_id is not null
                """).param(filerCode).param(Date.valueOf(through)).query(UUID.class).list();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PlacedEntry> place(String filerCode, LocalDate through, Importers importers, String statementNumber,
                                   LocalDate on, AuditActor actor, int max) {
        record Waiting(String entryNumber, @Nullable UUID importerIdentifier) {
        }
        List<Waiting> waiting = jdbc.sql("""
                select entry_number, importer_identifier_id from entry_summary
                where status = 'ACCEPTED' and filer_code = :filer and summary_date <= :through
                  and (cast(:only as uuid) is null or importer_identifier_id = cast(:only as uuid))
                  and (importer_identifier_id is null or not (importer_identifier_id = any(cast(:excluding as uuid[]))))
                order by entry_number
                limit :max
                for update skip locked
                """).param("filer", filerCode).param("through", Date.valueOf(through))
                .param("only", importers.only()).param("excluding", importers.excluding().toArray(UUID[]::new))
                .param("max", max)
                .query((rs, n) -> new Waiting(rs.getString(1), rs.getObject(2, UUID.class))).list();
        Instant now = clock.instant();
        List<PlacedEntry> placed = new ArrayList<>(waiting.size());
        for (Waiting one : waiting) {
            EntrySummary entry = store.load(EntryNumber.parse(one.entryNumber())).orElseThrow();
            EntryPlacedOnStatement event = entry.placeOnStatement(statementNumber, on);
            store.update(entry, now);
            changes.recorded(entry, actor, now, AuditRecord.of(AUDIT_ACTION, AuditOutcome.SUCCESS)
                    .detail("statement", statementNumber).detail("amount", event.amountDue().toString()));
            placed.add(new PlacedEntry(event.entry(), entry.form().summaryDate(), entry.form().entryDate(),
                    entry.form().declaredTotals(), one.importerIdentifier()));
        }
        return placed;
    }

    @Override
    public List<OnStatement> onStatement(String statementNumber) {
        return jdbc.sql("""
                select entry_number, current_version, status, entered_value, duty, tax, fees, other
                from entry_summary where statement_number = ? order by entry_number
                """).param(statementNumber).query((rs, n) -> new OnStatement(rs.getString("entry_number"),
                        rs.getInt("current_version"), EntrySummaryStatus.valueOf(rs.getString("status")),
                        new SummaryTotals(Money.of(rs.getBigDecimal("entered_value")), Money.of(rs.getBigDecimal("duty")),
                                Money.of(rs.getBigDecimal("tax")), Money.of(rs.getBigDecimal("fees")),
                                Money.of(rs.getBigDecimal("other"))))).list();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int pay(String statementNumber, LocalDate on, AuditActor actor) {
        List<String> onStatement = jdbc.sql("""
                select entry_number from entry_summary where statement_number = ? and status = 'ON_STATEMENT'
                order by entry_number for update
                """).param(statementNumber).query(String.class).list();
        Instant now = clock.instant();
        for (String compact : onStatement) {
            EntrySummary entry = store.load(EntryNumber.parse(compact)).orElseThrow();
            EntryPaid paid = entry.pay(entry.amountDue(), on);
            store.update(entry, now);
            changes.recorded(entry, actor, now, AuditRecord.of(PAID_ACTION, AuditOutcome.SUCCESS)
                    .detail("statement", statementNumber).detail("amount", paid.amount().toString()));
        }
        return onStatement.size();
    }

    @Override
    public Optional<EntrySummary> find(EntryNumber number) {
        return store.load(number);
    }
}
