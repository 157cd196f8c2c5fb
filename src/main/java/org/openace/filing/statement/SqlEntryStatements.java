package org.openace.filing.statement;

import java.sql.Date;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.account.PortCode;
import org.openace.filing.EntryFacts;
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
import org.openace.reference.EntryTypeCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EntryStatements} on {@code entry_summary}. Placing is one statement for a whole statement's entries: the
 * accepted summaries waiting (found by the partial index {@code entry_summary_to_place_ix}, taken {@code FOR UPDATE
 * SKIP LOCKED} so that entries another transaction is moving wait for the next statement) moved to
 * {@code ON_STATEMENT} with the statement number, each given its history line ({@code PLACED_ON_STATEMENT} with the
 * statement and the amount due, as {@link EntrySummary#placeOnStatement} records it) and its
 * {@link EntryPlacedOnStatement} event; the move is the lifecycle's own (accepted to on a statement, nothing else
 * changes), made set-wise so that a statement of tens of thousands of entries takes seconds, and audited once for the
 * statement by the payments module. Paying moves each entry by the entry summary itself, with its audit record.
 */
@Component
class SqlEntryStatements implements EntryStatements {

    static final String PAID_ACTION = "ENTRY_PAID";
    private static final Pattern STATEMENT_NUMBER = Pattern.compile("[0-9A-Z]{1,12}");

    private final JdbcClient jdbc;
    private final EntrySummaryStore store;
    private final EntryChanges changes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SqlEntryStatements(JdbcClient jdbc, EntrySummaryStore store, EntryChanges changes, Clock clock,
                       ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.store = store;
        this.changes = changes;
        this.clock = clock;
        this.events = events;
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
        if (!STATEMENT_NUMBER.matcher(statementNumber).matches()) {
            throw new IllegalArgumentException("A statement number is 1 to 12 letters or digits");
        }
        Instant now = clock.instant();
        List<PlacedEntry> placed = jdbc.sql("""
                with picked as (
                    select entry_number from entry_summary
                    where status = 'ACCEPTED' and filer_code = :filer and summary_date <= :through
                      and (cast(:only as uuid) is null or importer_identifier_id = cast(:only as uuid))
                      and (importer_identifier_id is null
                           or not (importer_identifier_id = any(cast(:excluding as uuid[]))))
                    order by entry_number
                    limit :max
                    for update skip locked
                ), moved as (
                    update entry_summary s set status = 'ON_STATEMENT', statement_number = :statement, updated_at = :at,
                        change_seq = nextval('entry_change_seq')
                    from picked where s.entry_number = picked.entry_number and s.status = 'ACCEPTED'
                    returning s.entry_number, s.filer_code, s.current_version, s.entry_type, s.port_of_entry,
                        s.importer_display, s.summary_date, s.entry_date, s.entered_value, s.duty, s.tax, s.fees,
                        s.other, s.importer_identifier_id
                ), history as (
                    insert into entry_history (entry_number, seq, occurred_at, occurred_on, kind, version, actor,
                                               details)
                    select m.entry_number,
                           coalesce((select max(h.seq) from entry_history h where h.entry_number = m.entry_number), 0)
                               + 1,
                           :at, :on, 'PLACED_ON_STATEMENT', m.current_version, :actor,
                           jsonb_build_object('statementNumber', cast(:statement as text), 'amountDue',
                                              cast(m.duty + m.tax + m.fees + m.other as text))
                    from moved m
                )
                select * from moved order by entry_number
                """).param("filer", filerCode).param("through", Date.valueOf(through))
                .param("only", importers.only()).param("excluding", importers.excluding().toArray(UUID[]::new))
                .param("max", max).param("statement", statementNumber).param("at", Timestamp.from(now))
                .param("on", Date.valueOf(on)).param("actor", actor.name())
                .query((rs, n) -> {
                    EntryFacts facts = new EntryFacts(EntryNumber.parse(rs.getString("entry_number")),
                            rs.getString("filer_code"), rs.getInt("current_version"),
                            new EntryTypeCode(rs.getString("entry_type")), new PortCode(rs.getString("port_of_entry")),
                            rs.getString("importer_display"));
                    SummaryTotals totals = new SummaryTotals(Money.of(rs.getBigDecimal("entered_value")),
                            Money.of(rs.getBigDecimal("duty")), Money.of(rs.getBigDecimal("tax")),
                            Money.of(rs.getBigDecimal("fees")), Money.of(rs.getBigDecimal("other")));
                    return new PlacedEntry(facts, rs.getDate("summary_date").toLocalDate(),
                            rs.getDate("entry_date").toLocalDate(), totals,
                            rs.getObject("importer_identifier_id", UUID.class));
                }).list();
        for (PlacedEntry entry : placed) {
            events.publishEvent(new EntryPlacedOnStatement(entry.entry(), on, statementNumber, entry.totals().total()));
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
