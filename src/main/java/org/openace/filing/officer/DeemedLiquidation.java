package org.openace.filing.officer;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.filing.EntryDeemedLiquidated;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.store.EntryChanges;
import org.openace.filing.store.EntrySummaryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deems liquidated, as of today, every entry not liquidated by its liquidation deadline (one year after entry, moved
 * out by extensions; 19 U.S.C. 1504(a)): accepted, on a statement, paid, scheduled or extended, with the deadline
 * before today. Batches of {@code openace.filing.liquidation.batch-size}, each in its own transaction, with the rows
 * taken {@code FOR UPDATE SKIP LOCKED}: several portal nodes share the work without waiting for one another, an
 * entry an officer is moving at that moment is left for the next run, and a run repeated finds nothing more to do.
 * Each entry gets its history line, an audit record by the system ({@code ENTRY_DEEMED_LIQUIDATED}) and its event.
 * Scheduled liquidations are not liquidated here: an officer liquidates them at the amount CBP ascertained.
 */
@Component
@EnableConfigurationProperties(LiquidationProperties.class)
class DeemedLiquidation {

    static final String AUDIT_ACTION = "ENTRY_DEEMED_LIQUIDATED";
    private static final Logger log = LoggerFactory.getLogger(DeemedLiquidation.class);

    private final JdbcClient jdbc;
    private final EntrySummaryStore store;
    private final EntryChanges changes;
    private final TransactionTemplate transaction;
    private final LiquidationProperties properties;
    private final Clock clock;

    DeemedLiquidation(JdbcClient jdbc, EntrySummaryStore store, EntryChanges changes,
                      TransactionTemplate transaction, LiquidationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.changes = changes;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    // the placeholder needs its own default: LiquidationProperties' default does not reach the environment
    @Scheduled(cron = "${openace.filing.liquidation.deem-cron:0 30 4 * * *}", zone = "UTC")
    void run() {
        int deemed = deemOverdueEntries();
        if (deemed > 0) {
            log.info("Deemed liquidation: {} entr{} past the liquidation deadline", deemed, deemed == 1 ? "y" : "ies");
        }
    }

    /**
     * Deems liquidated every entry past its deadline now.
     *
     * @return how many entries this node deemed
     */
    int deemOverdueEntries() {
        int total = 0;
        while (true) {
            Integer deemed = transaction.execute(status -> deemBatch());
            int done = deemed == null ? 0 : deemed;
            total += done;
            if (done < properties.batchSize()) {
                return total;
            }
        }
    }

    private int deemBatch() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<String> overdue = jdbc.sql("""
                select s.entry_number from entry_summary s
                where s.status in ('ACCEPTED', 'ON_STATEMENT', 'PAID', 'LIQUIDATION_SCHEDULED', 'EXTENDED')
                  and s.liquidation_deadline < ?
                  and exists (select 1 from entry_summary_version v
                              where v.entry_number = s.entry_number and v.version = s.current_version)
                order by s.liquidation_deadline, s.entry_number
                limit ?
                for update of s skip locked
                """).param(Date.valueOf(today)).param(properties.batchSize()).query(String.class).list();
        for (String compact : overdue) {
            EntryNumber number = EntryNumber.parse(compact);
            EntrySummary entry = store.load(number).orElseThrow();
            EntryDeemedLiquidated deemed = entry.deemLiquidated(today);
            store.update(entry, now);
            store.recordLiquidatedAmount(number, deemed.amount());
            changes.recorded(entry, AuditActor.SYSTEM, now, AuditRecord.of(AUDIT_ACTION, AuditOutcome.SUCCESS)
                    .detail("liquidationDeadline", deemed.deemedOn()).detail("protestBy", deemed.protestBy()));
        }
        return overdue.size();
    }
}
