package org.openace.payment.statement;

import java.time.Clock;
import java.time.LocalDate;

import org.openace.audit.AuditActor;
import org.openace.reference.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Prepares each working day's daily statements at the end of the day
 * ({@code openace.payments.daily-statement-cron}, 18:00 on weekdays in Washington by default), on whichever nodes run
 * it: the per-filer lock and the rows taken {@code SKIP LOCKED} make a second node's run find nothing left. A weekday
 * that is a federal holiday or closure is skipped.
 */
@Component
class DailyStatementSchedule {

    private static final Logger log = LoggerFactory.getLogger(DailyStatementSchedule.class);

    private final PrepareDailyStatements prepare;
    private final WorkingDays workingDays;
    private final Clock clock;

    DailyStatementSchedule(PrepareDailyStatements prepare, WorkingDays workingDays, Clock clock) {
        this.prepare = prepare;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    // the placeholder carries its own default: no properties class feeds the environment
    @Scheduled(cron = "${openace.payments.daily-statement-cron:0 0 18 * * MON-FRI}", zone = "America/New_York")
    void run() {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("America/New_York")));
        if (!workingDays.isWorkingDay(today)) {
            return;
        }
        PrepareDailyStatements.Prepared prepared = prepare.prepare(today, AuditActor.SYSTEM);
        if (!prepared.statements().isEmpty()) {
            log.info("Daily statements of {}: {} statement(s), {} entries", today, prepared.statements().size(),
                    prepared.entries());
        }
    }
}
