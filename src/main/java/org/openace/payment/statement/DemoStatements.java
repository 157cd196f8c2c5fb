package org.openace.payment.statement;

import java.time.Clock;
import java.time.LocalDate;

import org.openace.audit.AuditActor;
import org.openace.filing.DemoEntriesFiled;
import org.openace.reference.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo profile's statements: once the demo entries are on file, the daily statements of every working day of
 * their window (up to yesterday), as the daily schedule would have prepared them, so that the demo broker's
 * statements hold each day's entries. A restart prepares only what is missing (an entry is on one statement at most).
 */
@Component
@ConditionalOnBooleanProperty("openace.demo.seed")
class DemoStatements {

    private static final Logger log = LoggerFactory.getLogger(DemoStatements.class);

    private final PrepareDailyStatements prepare;
    private final WorkingDays workingDays;
    private final Clock clock;

    DemoStatements(PrepareDailyStatements prepare, WorkingDays workingDays, Clock clock) {
        this.prepare = prepare;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @EventListener
    void on(DemoEntriesFiled filed) {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        LocalDate last = filed.to().isAfter(yesterday) ? yesterday : filed.to();
        int statements = 0;
        long entries = 0;
        try {
            for (LocalDate day = filed.from(); !day.isAfter(last); day = day.plusDays(1)) {
                if (workingDays.isWorkingDay(day)) {
                    PrepareDailyStatements.Prepared prepared = prepare.prepare(day, AuditActor.SYSTEM);
                    statements += prepared.statements().size();
                    entries += prepared.entries();
                }
            }
        }
        catch (RuntimeException e) {
            log.warn("Demo statements not all prepared: {}", e.getMessage());
        }
        if (statements > 0) {
            log.info("Demo statements: {} daily statements of {} entries, {} to {}", statements, entries, filed.from(),
                    last);
        }
    }
}
