package org.openace.payment.statement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.account.IdentifierHolders;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.EntryStatements.PlacedEntry;
import org.openace.filing.EntryStatements;
import org.openace.payment.DailyStatementPrepared;
import org.openace.payment.calendar.PmsCalendar;
import org.openace.platform.database.TransactionLock;
import org.openace.reference.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prepares the daily statements of a working day: for each filer with accepted entry summaries dated on or before the
 * day and not yet on a statement (those of an importer number enrolled in PMS on periodic daily statements of their
 * own, each attached to the importer's monthly statement by {@link MonthlyStatements}), statements of at most {@value #MAX_ENTRIES} entries each, numbered
 * {@code <filer code><YYMMDD><sequence of 3 digits>} (OpenACE's numbering: ACE's own is not in the public CATAIR
 * chapters at hand). Each statement is one transaction: the statement, its entries moved onto it by the filing module
 * (their history lines and events), its amounts summed by the database from its entries, the audit record
 * {@value #AUDIT_ACTION} and the {@link DailyStatementPrepared} event all commit together or not at all. A
 * transaction-scoped advisory lock per filer numbers statements without gaps when nodes prepare at the same time, and
 * entries another transaction holds are left for the next statement. A day that is not a working day, or one in the
 * future, is refused.
 */
@Component
class PrepareDailyStatements {

    static final String AUDIT_ACTION = "STATEMENT_PREPARED";
    static final int MAX_ENTRIES = 99_999;
    static final int MAX_STATEMENTS_A_DAY = 999;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private final JdbcClient jdbc;
    private final EntryStatements entries;
    private final IdentifierHolders holders;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MonthlyStatements monthly;
    private final JdbcTemplate batch;

    PrepareDailyStatements(JdbcClient jdbc, EntryStatements entries, IdentifierHolders holders,
                           WorkingDays workingDays, AuditTrail audit, ApplicationEventPublisher events,
                           TransactionTemplate transaction, Clock clock, MonthlyStatements monthly,
                           JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.holders = holders;
        this.workingDays = workingDays;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.monthly = monthly;
        this.batch = batch;
    }

    /** What a day's preparation made. */
    record Prepared(LocalDate date, List<DailyStatementPrepared> statements) {

        long entries() {
            return statements.stream().mapToLong(DailyStatementPrepared::entries).sum();
        }
    }

    /**
     * @throws StatementRefused for a day that is not a working day or lies in the future (nothing is prepared)
     */
    Prepared prepare(LocalDate date, AuditActor actor) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            refused(date, actor, "Statements are prepared for today or an earlier day, not for " + date + ".");
        }
        if (!workingDays.isWorkingDay(date)) {
            refused(date, actor, date + " is not a working day (a weekend, or a federal holiday or closure on file): "
                    + "statements are dated on working days only.");
        }
        List<DailyStatementPrepared> made = new ArrayList<>();
        Map<UUID, Integer> enrolled = pmsEnrolled();
        for (String filer : entries.filersWithEntriesToPlace(date)) {
            for (UUID importer : entries.importersWaiting(filer, date)) {
                if (enrolled.containsKey(importer)) {
                    prepareAll(filer, date, actor, importer, enrolled.get(importer), Set.of(), made);
                }
            }
            prepareAll(filer, date, actor, null, null, enrolled.keySet(), made);
        }
        return new Prepared(date, List.copyOf(made));
    }

    /**
     * A filer's statements of the day: daily ones (without the entries of the importers {@code excluded}, those
     * enrolled in PMS), or the periodic daily ones of an importer enrolled in PMS.
     */
    private void prepareAll(String filer, LocalDate date, AuditActor actor, @Nullable UUID pmsImporter,
                            @Nullable Integer printDay, Set<UUID> excluded, List<DailyStatementPrepared> made) {
        while (true) {
            DailyStatementPrepared statement = transaction.execute(status -> {
                DailyStatementPrepared one = prepareOne(filer, date, actor, pmsImporter, printDay, excluded);
                if (one == null) {
                    status.setRollbackOnly();
                }
                return one;
            });
            if (statement == null) {
                return;
            }
            made.add(statement);
            if (statement.entries() < MAX_ENTRIES) {
                return;
            }
        }
    }

    /** The importer numbers with an active PMS enrollment, with the working day each chose for its preliminary statement. */
    private Map<UUID, Integer> pmsEnrolled() {
        Map<UUID, Integer> enrolled = new HashMap<>();
        jdbc.sql("select identifier_id, pms_print_day from payment_option where kind = 'PMS' and status = 'ACTIVE'")
                .query((rs, n) -> enrolled.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return enrolled;
    }

    private @Nullable DailyStatementPrepared prepareOne(String filer, LocalDate date, AuditActor actor,
                                                        @Nullable UUID pmsImporter, @Nullable Integer printDay,
                                                        Set<UUID> excluded) {
        TransactionLock.hold(jdbc, "statement." + filer);
        int sequence = jdbc.sql("select count(*) from statement where filer_code = ? and statement_date = ?")
                .param(filer).param(Date.valueOf(date)).query(Integer.class).single() + 1;
        if (sequence > MAX_STATEMENTS_A_DAY) {
            return null; // the rest waits for the next working day's statements
        }
        String number = filer + YYMMDD.format(date) + String.format(Locale.ROOT, "%03d", sequence);
        Instant now = clock.instant();
        Optional<IdentifierHolders.Holder> holder = TradeIdentifier.parse(IdentifierKind.FILER_CODE, filer)
                .flatMap(holders::holderOf);
        jdbc.sql("""
                insert into statement (statement_number, kind, filer_code, statement_date, status, entry_count,
                    duty, tax, fees, other, total, filer_sub_account_id, filer_identifier_id, prepared_at, prepared_by,
                    importer_identifier_id)
                values (?, ?, ?, ?, 'NP', 0, 0, 0, 0, 0, 0, ?, ?, ?, ?, ?)
                """).param(number).param(pmsImporter == null ? Statement.DAILY : Statement.PERIODIC_DAILY).param(filer)
                .param(Date.valueOf(date))
                .param(holder.map(h -> h.subAccount().value()).orElse(null))
                .param(holder.map(IdentifierHolders.Holder::identifierId).orElse(null))
                .param(Timestamp.from(now)).param(actor.name()).param(pmsImporter).update();
        List<PlacedEntry> placed = entries.place(filer, date, pmsImporter == null
                ? EntryStatements.Importers.excluding(excluded) : EntryStatements.Importers.only(pmsImporter), number,
                date, actor, MAX_ENTRIES);
        if (placed.isEmpty()) {
            return null;
        }
        List<Object[]> rows = new ArrayList<>(placed.size());
        for (PlacedEntry entry : placed) {
            Amounts amounts = Amounts.of(entry.totals());
            rows.add(new Object[] {number, entry.entry().entryNumber().compact(), entry.entry().version(),
                    entry.entry().entryType().value(), entry.entry().portOfEntry().value(),
                    entry.entry().importerDisplay(), Date.valueOf(entry.summaryDate()), Date.valueOf(entry.entryDate()),
                    amounts.duty(), amounts.tax(), amounts.fees(), amounts.other(), amounts.total(),
                    entry.importerIdentifier()});
        }
        batch.batchUpdate("""
                insert into statement_entry (statement_number, entry_number, entry_version, entry_type, port_of_entry,
                    importer_display, summary_date, entry_date, duty, tax, fees, other, total, importer_identifier_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        Statement statement = jdbc.sql("""
                update statement s set (entry_count, duty, tax, fees, other, total, importer_count) =
                    (select count(*), sum(duty), sum(tax), sum(fees), sum(other), sum(total),
                            count(distinct coalesce(importer_identifier_id, '00000000-0000-0000-0000-000000000000'::uuid))
                     from statement_entry e where e.statement_number = s.statement_number)
                where s.statement_number = ?
                returning s.*
                """).param(number).query(StatementRows::statement).single();
        String monthlyNumber = pmsImporter == null ? null
                : monthly.attach(number, pmsImporter, date, printDay == null ? PmsCalendar.PRELIMINARY_WORKING_DAY : printDay, actor);
        audit.record(AuditRecord.of(AUDIT_ACTION, AuditOutcome.SUCCESS).actor(actor).object("STATEMENT", number)
                .detail("filerCode", filer).detail("date", date).detail("entries", statement.entryCount())
                .detail("monthlyStatement", monthlyNumber)
                .detail("total", statement.amounts().total().toPlainString()));
        DailyStatementPrepared event = new DailyStatementPrepared(number, filer, date, statement.entryCount(),
                statement.amounts().total());
        events.publishEvent(event);
        return event;
    }

    private void refused(LocalDate date, AuditActor actor, String reason) {
        audit.record(AuditRecord.of(AUDIT_ACTION, AuditOutcome.DENIED).actor(actor).object("STATEMENT_DATE", date)
                .detail("reason", reason));
        throw new StatementRefused(reason);
    }
}
