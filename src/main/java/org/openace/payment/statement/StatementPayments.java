package org.openace.payment.statement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.EntryStatements;
import org.openace.filing.IllegalEntryMoveException;
import org.openace.identity.UserId;
import org.openace.payment.option.PayerOptions;
import org.openace.payment.option.PayerOptions.Payer;
import org.openace.reference.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments of statements (M3). The trade authorizes a not-paid statement's payment with an active ACH debit or ACH
 * credit it may change payments for, for the statement's total (status AU): the filer's own (of the statement's filer
 * code) for any of its daily statements, or an importer number's only if every entry on the statement is that
 * importer's (a designated broker uses an importer's payer unit number only for that importer's statements). Customs records the payment received, on a working day, for exactly that amount, as CBP checks
 * it against the statement total: the statement is paid (PD) and its entries are paid through the filing module's
 * lifecycle in the same transaction. A Periodic Monthly Statement is paid by ACH debit, from the first day of its
 * month, with all its periodic daily statements and their entries; a periodic daily statement is not paid alone. Every refusal changes nothing and is audited with its reason.
 */
@Component
class StatementPayments {

    static final String AUTHORIZED = "STATEMENT_PAYMENT_AUTHORIZED";
    static final String PAID = "STATEMENT_PAID";

    private final JdbcClient jdbc;
    private final PayerOptions payers;
    private final AccessControl access;
    private final EntryStatements entries;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StatementPayments(JdbcClient jdbc, PayerOptions payers, AccessControl access, EntryStatements entries,
                      WorkingDays workingDays, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.payers = payers;
        this.access = access;
        this.entries = entries;
        this.workingDays = workingDays;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A statement's payment as its page shows it. */
    record Payment(String method, @Nullable String payerUnitNumber, BigDecimal amount, String status,
                   String authorizedByName, Instant authorizedAt, @Nullable LocalDate receivedOn,
                   @Nullable String recordedByName) {
    }

    Optional<Payment> of(String statement) {
        return jdbc.sql("select * from statement_payment where statement_number = ?").param(statement)
                .query((rs, n) -> new Payment(rs.getString("method"), rs.getString("payer_unit_number"),
                        rs.getBigDecimal("amount"), rs.getString("status"), rs.getString("authorized_by_name"),
                        rs.getTimestamp("authorized_at").toInstant(),
                        rs.getDate("received_on") == null ? null : rs.getDate("received_on").toLocalDate(),
                        rs.getString("recorded_by_name"))).optional();
    }

    /**
     * The options that may pay a statement for a user: the filer's own active ACH options on a daily statement, and,
     * when every entry is one importer's, that importer's; of those, the ones the user may change payments with.
     */
    List<Payer> usable(Statement statement, UserId user) {
        if (statement.periodicDaily()) {
            return List.of();
        }
        List<Payer> usable = new ArrayList<>();
        if (!statement.monthly() && statement.filerIdentifier() != null) {
            usable.addAll(payers.activeAch(statement.filerIdentifier()));
        }
        if (importerCount(statement.number()) == 1) {
            UUID importer = statement.monthly() ? statement.importerIdentifier() : jdbc.sql("""
                    select importer_identifier_id from statement_entry where statement_number = ? limit 1
                    """).param(statement.number()).query(UUID.class).optional().orElse(null);
            if (importer != null) {
                usable.addAll(payers.activeAch(importer));
            }
        }
        return usable.stream().filter(p -> mayUse(user, p)).toList();
    }

    /** How many importers' entries the statement holds (an importer not yet holding an account counts as one). */
    int importerCount(String statement) {
        return jdbc.sql("select importer_count from statement where statement_number = ?").param(statement)
                .query(Integer.class).optional().orElse(0);
    }

    void authorize(String statementNumber, UUID optionId, UserId user, String userName) {
        AuditActor actor = AuditActor.user(user.value(), userName);
        try {
            transaction.executeWithoutResult(status -> {
                Statement statement = locked(statementNumber);
                if (statement.periodicDaily()) {
                    throw new StatementRefused("A periodic daily statement is paid on its Periodic Monthly Statement, "
                            + statement.monthlyStatementNumber() + ".");
                }
                if (statement.status() != StatementStatus.NP) {
                    throw new StatementRefused("This statement's payment is already " + statement.status().title()
                            .toLowerCase(java.util.Locale.ROOT) + ".");
                }
                if (statement.monthly() && LocalDate.now(clock).isBefore(statement.date())) {
                    throw new StatementRefused("A Periodic Monthly Statement is authorized from the first day of its "
                            + "month, " + statement.date() + ", when the releases of the month before are all on it.");
                }
                Payer payer = payers.activeAchOption(optionId).filter(p -> mayUse(user, p))
                        .orElseThrow(() -> new StatementRefused("That payment option is not active, or not one you "
                                + "may use."));
                if (statement.monthly() && !"ACH_DEBIT".equals(payer.kind())) {
                    throw new StatementRefused("A Periodic Monthly Statement is paid by ACH debit.");
                }
                if (payer.filerCode()) {
                    if (statement.monthly() || !payer.identifierId().equals(statement.filerIdentifier())) {
                        throw new StatementRefused("A filer's payment option pays only that filer's own daily "
                                + "statements; a Periodic Monthly Statement is paid by the importer's ACH debit.");
                    }
                }
                else {
                    List<UUID> importers = importersOn(statementNumber);
                    if (!importers.equals(List.of(payer.identifierId()))) {
                        throw new StatementRefused("An importer's payment option pays only statements of that "
                                + "importer's entries, and this statement holds entries of " + (importers.size() == 1
                                ? "another importer" : importers.size() + " importers") + ": the filer pays it "
                                + "with its own payment option.");
                    }
                }
                jdbc.sql("""
                        insert into statement_payment (id, statement_number, option_id, method, payer_unit_number,
                            amount, status, authorized_by, authorized_by_name, authorized_at)
                        values (?, ?, ?, ?, ?, ?, 'AUTHORIZED', ?, ?, ?)
                        """).param(UUID.randomUUID()).param(statementNumber).param(payer.optionId()).param(payer.kind())
                        .param(payer.payerUnitNumber()).param(statement.amounts().total()).param(user.value())
                        .param(userName).param(Timestamp.from(clock.instant())).update();
                jdbc.sql("update statement set status = 'AU' where statement_number = ?").param(statementNumber)
                        .update();
                if (statement.monthly()) { // its periodic daily statements are paid with it: authorized with it
                    jdbc.sql("update statement set status = 'AU' where monthly_statement_number = ?")
                            .param(statementNumber).update();
                }
                audit.record(AuditRecord.of(AUTHORIZED, AuditOutcome.SUCCESS).actor(actor)
                        .object("STATEMENT", statementNumber).detail("option", payer.optionId())
                        .detail("amount", statement.amounts().total().toPlainString()));
            });
        }
        catch (StatementRefused refused) {
            audit.record(AuditRecord.of(AUTHORIZED, AuditOutcome.DENIED).actor(actor).object("STATEMENT",
                    statementNumber).detail("reason", refused.getMessage()));
            throw refused;
        }
    }

    void recordReceived(String statementNumber, BigDecimal amount, LocalDate on, AuditActor officer) {
        try {
            transaction.executeWithoutResult(status -> {
                Statement statement = locked(statementNumber);
                if (statement.status() != StatementStatus.AU) {
                    throw new StatementRefused("Only an authorized statement's payment is received; this one is "
                            + statement.status().title().toLowerCase(java.util.Locale.ROOT) + ".");
                }
                if (amount.compareTo(statement.amounts().total()) != 0) {
                    throw new StatementRefused("The amount received, " + amount.toPlainString() + ", is not the "
                            + "statement's total, " + statement.amounts().total().toPlainString() + ".");
                }
                if (on.isAfter(LocalDate.now(clock)) || !workingDays.isWorkingDay(on)) {
                    throw new StatementRefused("A payment is received on a working day, today or earlier, not on "
                            + on + ".");
                }
                List<String> holding = statement.monthly() ? jdbc.sql("""
                        select statement_number from statement where monthly_statement_number = ?
                        order by statement_number
                        """).param(statementNumber).query(String.class).list() : List.of(statementNumber);
                int paid = 0;
                try {
                    for (String each : holding) {
                        paid += entries.pay(each, on, officer);
                    }
                }
                catch (IllegalEntryMoveException refused) {
                    throw new StatementRefused("An entry of the statement cannot be paid: " + refused.getMessage());
                }
                if (statement.monthly()) {
                    jdbc.sql("update statement set status = 'PD' where monthly_statement_number = ?")
                            .param(statementNumber).update();
                }
                if (paid != statement.entryCount()) {
                    throw new StatementRefused(paid + " of the statement's " + statement.entryCount() + " entries are "
                            + "on it as filed: reconcile the statement first.");
                }
                jdbc.sql("""
                        update statement_payment set status = 'PAID', received_amount = ?, received_on = ?,
                            recorded_by_name = ?, recorded_at = ? where statement_number = ?
                        """).param(Amounts.cents(amount)).param(Date.valueOf(on)).param(officer.name())
                        .param(Timestamp.from(clock.instant())).param(statementNumber).update();
                jdbc.sql("update statement set status = 'PD' where statement_number = ?").param(statementNumber)
                        .update();
                audit.record(AuditRecord.of(PAID, AuditOutcome.SUCCESS).actor(officer).object("STATEMENT",
                        statementNumber).detail("amount", amount.toPlainString()).detail("on", on)
                        .detail("entries", paid));
            });
        }
        catch (StatementRefused refused) {
            audit.record(AuditRecord.of(PAID, AuditOutcome.DENIED).actor(officer).object("STATEMENT", statementNumber)
                    .detail("reason", refused.getMessage()));
            throw refused;
        }
    }

    private boolean mayUse(UserId user, Payer payer) {
        return access.may(user, AccountFunction.PAYMENTS, AccessLevel.EDIT, payer.dataRef());
    }

    /** The importers of a statement's entries (of its periodic daily statements' for a monthly statement). */
    private List<UUID> importersOn(String statement) {
        return jdbc.sql("""
                select distinct coalesce(importer_identifier_id, '00000000-0000-0000-0000-000000000000'::uuid)
                from statement_entry
                where statement_number = :statement
                   or statement_number in (select statement_number from statement
                                           where monthly_statement_number = :statement)
                """).param("statement", statement).query(UUID.class).list();
    }

    private Statement locked(String statementNumber) {
        return jdbc.sql("select * from statement where statement_number = ? for update").param(statementNumber)
                .query(StatementRows::statement).optional()
                .orElseThrow(() -> new StatementRefused("No such statement."));
    }
}
