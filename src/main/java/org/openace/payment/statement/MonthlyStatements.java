package org.openace.payment.statement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.PayerSubAccounts;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.payment.calendar.PmsCalendar;
import org.openace.platform.database.TransactionLock;
import org.openace.reference.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Periodic Monthly Statements: a periodic daily statement of a day belongs to its importer's monthly statement of the
 * next month (the releases of a month are paid on the next month's 15th working day), made with the first of them:
 * numbered {@code P<YYMM><6 digits>}, dated the first day of its month, its preliminary statement on the working day
 * the importer chose (at most the 11th) and its payment on the 15th, visible from the importer's sub-account by its
 * importer number. Its amounts are always the sums of its periodic daily statements', recomputed by the database
 * whenever one is attached, inside the transaction that prepares it (under a lock per importer and month).
 */
@Component
class MonthlyStatements {

    static final String CREATED = "MONTHLY_STATEMENT_CREATED";
    private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("yyMM", Locale.ROOT);

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final PmsCalendar calendar;
    private final PayerSubAccounts importers;
    private final AuditTrail audit;
    private final Clock clock;

    MonthlyStatements(JdbcClient jdbc, WorkingDays workingDays, PmsCalendar calendar, PayerSubAccounts importers,
                      AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.calendar = calendar;
        this.importers = importers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Attaches a periodic daily statement of a day to its importer's monthly statement; the latter's number. */
    String attach(String periodicDaily, UUID importer, LocalDate day, int printDay, AuditActor actor) {
        YearMonth month = YearMonth.from(day).plusMonths(1);
        TransactionLock.hold(jdbc, "pms." + importer + "." + month);
        String number = existing(importer, month).orElseGet(() -> create(importer, month, printDay, actor));
        jdbc.sql("update statement set monthly_statement_number = ? where statement_number = ?").param(number)
                .param(periodicDaily).update();
        jdbc.sql("""
                update statement m set (entry_count, duty, tax, fees, other, total) =
                    (select coalesce(sum(entry_count), 0), coalesce(sum(duty), 0), coalesce(sum(tax), 0),
                            coalesce(sum(fees), 0), coalesce(sum(other), 0), coalesce(sum(total), 0)
                     from statement d where d.monthly_statement_number = m.statement_number)
                where m.statement_number = ?
                """).param(number).update();
        return number;
    }

    private Optional<String> existing(UUID importer, YearMonth month) {
        return jdbc.sql("""
                select statement_number from statement
                where kind = 'PERIODIC_MONTHLY' and importer_identifier_id = ? and statement_date = ?
                """).param(importer).param(Date.valueOf(month.atDay(1))).query(String.class).optional();
    }

    private String create(UUID importer, YearMonth month, int printDay, AuditActor actor) {
        String number = "P" + YYMM.format(month.atDay(1)) + String.format(Locale.ROOT, "%06d",
                jdbc.sql("select nextval('monthly_statement_seq')").query(Long.class).single());
        int day = Math.min(Math.max(printDay, 1), PmsCalendar.PRELIMINARY_WORKING_DAY);
        LocalDate preliminary = workingDays.nthOfMonth(month.getYear(), month.getMonthValue(), day);
        LocalDate payment = calendar.month(month).payment();
        UUID sub = importers.held(importer).map(h -> h.subAccount().value()).orElse(null);
        jdbc.sql("""
                insert into statement (statement_number, kind, filer_code, statement_date, status, entry_count, duty,
                    tax, fees, other, total, filer_sub_account_id, filer_identifier_id, prepared_at, prepared_by,
                    importer_identifier_id, preliminary_date, payment_due, importer_count)
                values (?, 'PERIODIC_MONTHLY', null, ?, 'NP', 0, 0, 0, 0, 0, 0, ?, null, ?, ?, ?, ?, ?, 1)
                """).param(number).param(Date.valueOf(month.atDay(1))).param(sub)
                .param(Timestamp.from(clock.instant())).param(actor.name()).param(importer)
                .param(Date.valueOf(preliminary)).param(Date.valueOf(payment)).update();
        audit.record(AuditRecord.of(CREATED, AuditOutcome.SUCCESS).actor(actor).object("STATEMENT", number)
                .detail("month", month.toString()).detail("importerNumber", importer)
                .detail("preliminary", preliminary).detail("payment", payment));
        return number;
    }
}
