package org.openace.payment.option;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.PayerSubAccounts.PayerNumberHeld;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.UserId;
import org.openace.payment.refund.Refunds;
import org.openace.platform.FieldCipher;
import org.openace.platform.PortalLinks;
import org.openace.platform.database.TransactionLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ACH refund bank details per importer number (required for refunds since February 2026), under dual control: a
 * user with payments rights asks for a change (PENDING), and another person of the account with the same rights
 * approves it (it becomes ACTIVE, the details before it REPLACED) or rejects it; the requester may withdraw it. The
 * same person approving their own change is refused and audited. The account number is sealed per field, bound to its
 * row; only its last four digits are kept in the clear. Each step is one transaction with its audit record and the
 * e-mails (to the requester on asking; to both people on a decision), which name the importer number masked and never
 * the bank account.
 */
@Component
class RefundBankDetails {

    static final String REQUESTED = "REFUND_BANK_DETAILS_REQUESTED";
    static final String APPROVED = "REFUND_BANK_DETAILS_APPROVED";
    static final String REJECTED = "REFUND_BANK_DETAILS_REJECTED";
    static final String WITHDRAWN = "REFUND_BANK_DETAILS_WITHDRAWN";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final UserMail mail;
    private final PortalLinks links;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Refunds refunds;

    RefundBankDetails(JdbcClient jdbc, FieldCipher cipher, AuditTrail audit, UserMail mail,
                      PortalLinks links, TransactionTemplate transaction, Clock clock, Refunds refunds) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.mail = mail;
        this.links = links;
        this.transaction = transaction;
        this.clock = clock;
        this.refunds = refunds;
    }

    /** What a user asks for, as checked by {@link RefundBankForm}. */
    record Change(String accountHolder, RoutingNumber routing, String accountType, BankAccountNumber account) {
    }

    /** Every version of the importer number's details, newest first. */
    List<RefundBankDetail> history(UUID identifierId) {
        return jdbc.sql("""
                select * from refund_bank_detail where identifier_id = ? order by requested_at desc, id
                """).param(identifierId).query((rs, n) -> new RefundBankDetail(rs.getObject("id", UUID.class),
                rs.getObject("identifier_id", UUID.class), rs.getString("status"), rs.getString("account_holder"),
                rs.getString("routing_number"), rs.getString("account_type"), rs.getString("account_last4"),
                rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by_name"),
                rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                rs.getString("decision_note"))).list();
    }

    /** Asks for new details; refused while another change waits for its decision. */
    UUID request(PayerNumberHeld importer, UserId user, String userName, Change change) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            transaction.executeWithoutResult(status -> {
                if (importer.filerCode()) {
                    throw new OptionRefused("Refunds are paid to the importer of record: refund bank details are set "
                            + "per importer number, not per filer code.");
                }
                lockImporter(importer.identifierId());
                if (pending(importer.identifierId()).isPresent()) {
                    throw new OptionRefused("A change of these refund bank details is already waiting for a second "
                            + "person's approval: approve, reject or withdraw it first.");
                }
                jdbc.sql("""
                        insert into refund_bank_detail (id, identifier_id, sub_account_id, status, account_holder,
                            routing_number, account_type, account_cipher, account_last4, requested_by,
                            requested_by_name, requested_at)
                        values (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?)
                        """).param(id).param(importer.identifierId()).param(importer.subAccount().value())
                        .param(change.accountHolder()).param(change.routing().value()).param(change.accountType())
                        .param(cipher.encrypt(change.account().digits(), RefundBankColumns.REFUND_ACCOUNT.binding(
                                id.toString())))
                        .param(change.account().lastFour()).param(user.value()).param(userName)
                        .param(Timestamp.from(now)).update();
                audit.record(record(REQUESTED, AuditOutcome.SUCCESS, user, userName, importer, id)
                        .detail("routingNumber", change.routing().value()));
                mail.send(user, "REFUND_BANK_REQUESTED", "Refund bank details waiting for a second person",
                        "You asked to change the ACH refund bank details of " + importer.label() + ".\n\n"
                                + "The change takes effect only when another person of the account with payments "
                                + "rights approves it. Until then the details on file stay as they are.\n\n"
                                + "Review it: " + links.link("/payments/options") + "\n");
            });
        }
        catch (OptionRefused refused) {
            audit.record(record(REQUESTED, AuditOutcome.DENIED, user, userName, importer, null)
                    .detail("reason", refused.getMessage()));
            throw refused;
        }
        return id;
    }

    /** A second person approves a waiting change: it becomes the importer number's active details. */
    void approve(PayerNumberHeld importer, UUID changeId, UserId user, String userName) {
        decide(importer, changeId, user, userName, true, null);
    }

    void reject(PayerNumberHeld importer, UUID changeId, UserId user, String userName, @Nullable String note) {
        decide(importer, changeId, user, userName, false, note);
    }

    /** The requester takes back a change nobody has decided on yet. */
    void withdraw(PayerNumberHeld importer, UUID changeId, UserId user, String userName) {
        try {
            transaction.executeWithoutResult(status -> {
                RefundBankDetail change = lockedPending(importer, changeId);
                if (!change.requestedBy().equals(user.value())) {
                    throw new OptionRefused("Only the person who asked for a change may withdraw it; approve or "
                            + "reject it instead.");
                }
                jdbc.sql("""
                        update refund_bank_detail set status = 'WITHDRAWN', decided_by = ?, decided_by_name = ?,
                            decided_at = ? where id = ?
                        """).param(user.value()).param(userName).param(Timestamp.from(clock.instant()))
                        .param(changeId).update();
                audit.record(record(WITHDRAWN, AuditOutcome.SUCCESS, user, userName, importer, changeId));
            });
        }
        catch (OptionRefused refused) {
            audit.record(record(WITHDRAWN, AuditOutcome.DENIED, user, userName, importer, changeId)
                    .detail("reason", refused.getMessage()));
            throw refused;
        }
    }

    private void decide(PayerNumberHeld importer, UUID changeId, UserId user, String userName, boolean approve,
                        @Nullable String note) {
        String action = approve ? APPROVED : REJECTED;
        try {
            transaction.executeWithoutResult(status -> {
                RefundBankDetail change = lockedPending(importer, changeId);
                if (change.requestedBy().equals(user.value())) {
                    throw new OptionRefused("A change of refund bank details needs a second person: someone other "
                            + "than the person who asked for it must " + (approve ? "approve" : "reject") + " it.");
                }
                Instant now = clock.instant();
                if (approve) {
                    jdbc.sql("update refund_bank_detail set status = 'REPLACED' where identifier_id = ? and status = 'ACTIVE'")
                            .param(importer.identifierId()).update();
                }
                jdbc.sql("""
                        update refund_bank_detail set status = ?, decided_by = ?, decided_by_name = ?, decided_at = ?,
                            decision_note = ? where id = ?
                        """).param(approve ? "ACTIVE" : "REJECTED").param(user.value()).param(userName)
                        .param(Timestamp.from(now)).param(note).param(changeId).update();
                int released = 0;
                if (approve) {
                    refunds.moveScheduled(importer.identifierId(), changeId);
                    released = refunds.scheduleHeld(importer.identifierId(), changeId);
                }
                audit.record(record(action, AuditOutcome.SUCCESS, user, userName, importer, changeId)
                        .detail("requestedBy", change.requestedByName()).detail("heldRefundsScheduled", released));
                String outcome = approve ? "approved" : "rejected";
                String body = "The change of the ACH refund bank details of " + importer.label() + " asked for by "
                        + change.requestedByName() + " was " + outcome + " by " + userName + ".\n\n"
                        + (approve ? "Refunds are now paid to the new details." : "The details on file stay as they are."
                        + (note == null || note.isBlank() ? "" : "\nReason given: " + note))
                        + "\n\nSee the payment options: " + links.link("/payments/options") + "\n";
                String subject = "Refund bank details change " + outcome;
                mail.send(new UserId(change.requestedBy()), "REFUND_BANK_" + outcome.toUpperCase(Locale.ROOT), subject, body);
                mail.send(user, "REFUND_BANK_" + outcome.toUpperCase(Locale.ROOT), subject, body);
            });
        }
        catch (OptionRefused refused) {
            audit.record(record(action, AuditOutcome.DENIED, user, userName, importer, changeId)
                    .detail("reason", refused.getMessage()));
            throw refused;
        }
    }

    private RefundBankDetail lockedPending(PayerNumberHeld importer, UUID changeId) {
        lockImporter(importer.identifierId());
        return pending(importer.identifierId()).filter(p -> p.id().equals(changeId))
                .orElseThrow(() -> new OptionRefused("That change is no longer waiting for a decision: it was "
                        + "approved, rejected or withdrawn meanwhile."));
    }

    private Optional<RefundBankDetail> pending(UUID identifierId) {
        return history(identifierId).stream().filter(RefundBankDetail::pending).findFirst();
    }

    /** Serializes the changes of one importer number's details (a transaction-scoped advisory lock). */
    private void lockImporter(UUID identifierId) {
        TransactionLock.hold(jdbc, "refund-bank." + identifierId);
    }


    private static AuditRecord.Builder record(String action, AuditOutcome outcome, UserId user, String userName,
                                              PayerNumberHeld importer, @Nullable UUID changeId) {
        AuditRecord.Builder builder = AuditRecord.of(action, outcome).actor(AuditActor.user(user.value(), userName))
                .object("IMPORTER_NUMBER", importer.identifierId()).detail("subAccount", importer.subAccount().value());
        return changeId == null ? builder : builder.detail("change", changeId);
    }
}
