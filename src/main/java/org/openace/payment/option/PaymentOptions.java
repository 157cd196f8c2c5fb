package org.openace.payment.option;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.openace.account.PayerSubAccounts.PayerNumberHeld;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.UserId;
import org.openace.platform.FieldCipher;
import org.openace.platform.PortalLinks;
import org.openace.platform.database.TransactionLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ACH debit and ACH credit per importer number or filer code (a broker pays its own daily statements with its own
 * payer unit number), and Periodic Monthly Statement enrollment per importer number, each with its status and
 * history (M1). The trade applies ({@code APPLIED}); customs decides: an ACH debit is approved with the payer unit
 * number it assigns and is active from then on; an ACH credit is approved, then active once its prenote (the
 * zero-dollar test entry from the payer's bank) is received; a PMS enrollment needs an active ACH debit of the same
 * importer number and is active once approved. Customs may reject an application, suspend, reinstate or end an option;
 * the trade may end its own. An ACH debit suspended or ended takes the PMS enrollment that rests on it with it. Every
 * move checks the option's state in a transaction that holds the importer number's lock, writes its history line and
 * audit record and tells the applicant by e-mail; a refused move changes nothing and is audited with its reason.
 */
@Component
class PaymentOptions {

    static final String APPLIED = "PAYMENT_OPTION_APPLIED";
    static final String DECIDED = "PAYMENT_OPTION_CHANGED";
    static final List<Integer> PRINT_DAYS = IntStream.rangeClosed(1, 11).boxed().toList();

    /** The officers' moves, by the name they have in addresses, and the states each is allowed from. */
    enum Move {
        APPROVE("approve", Set.of("APPLIED")),
        PRENOTE_RECEIVED("prenote-received", Set.of("APPROVED")),
        REJECT("reject", Set.of("APPLIED", "APPROVED")),
        SUSPEND("suspend", Set.of("ACTIVE")),
        REINSTATE("reinstate", Set.of("SUSPENDED")),
        END("end", Set.of("APPLIED", "APPROVED", "ACTIVE", "SUSPENDED"));

        private final String path;
        private final Set<String> from;

        Move(String path, Set<String> from) {
            this.path = path;
            this.from = from;
        }

        static Optional<Move> ofPath(String path) {
            for (Move m : values()) {
                if (m.path.equals(path)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }

        public String path() {
            return path;
        }
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final UserMail mail;
    private final PortalLinks links;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PaymentOptions(JdbcClient jdbc, FieldCipher cipher, AuditTrail audit, UserMail mail,
                   PortalLinks links, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.mail = mail;
        this.links = links;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The options of an importer number or filer code, those not ended first, newest first. */
    List<PaymentOption> of(UUID identifierId) {
        return read("""
                select * from payment_option where identifier_id = ?
                order by (status = 'ENDED'), applied_at desc, id
                """, identifierId);
    }

    /** The options waiting for customs (applied, or approved and waiting for a prenote), oldest first. */
    List<PaymentOption> waiting() {
        return read("select * from payment_option where status in ('APPLIED', 'APPROVED') order by applied_at, id");
    }

    /** Active and suspended options, newest first, at most {@code limit}. */
    List<PaymentOption> inForce(int limit) {
        return read("""
                select * from payment_option where status in ('ACTIVE', 'SUSPENDED') order by updated_at desc, id limit ?
                """, limit);
    }

    Optional<PaymentOption> find(UUID id) {
        return read("select * from payment_option where id = ?", id).stream().findFirst();
    }

    /** The options a query selects, each with its history, read for all of them in one more query. */
    private List<PaymentOption> read(String sql, Object... parameters) {
        List<PaymentOption> options = jdbc.sql(sql).params(parameters).query(PaymentOptions::option).list();
        if (options.isEmpty()) {
            return options;
        }
        Map<UUID, List<PaymentOption.Event>> histories = new HashMap<>();
        jdbc.sql("""
                select option_id, seq, at, actor, status, note from payment_option_event where option_id in (:ids)
                order by option_id, seq
                """).param("ids", options.stream().map(PaymentOption::id).toList())
                .query(rs -> {
                    histories.computeIfAbsent(rs.getObject("option_id", UUID.class), k -> new ArrayList<>())
                            .add(new PaymentOption.Event(rs.getInt("seq"), rs.getTimestamp("at").toInstant(),
                                    rs.getString("actor"), rs.getString("status"), rs.getString("note")));
                });
        return options.stream().map(o -> o.withHistory(histories.getOrDefault(o.id(), List.of()))).toList();
    }

    UUID apply(PayerNumberHeld importer, OptionKind kind, AchForm.Application application, UserId user,
               String userName) {
        UUID id = UUID.randomUUID();
        AuditActor actor = AuditActor.user(user.value(), userName);
        try {
            transaction.executeWithoutResult(status -> {
                lock(importer.identifierId());
                if (kind == OptionKind.PMS && importer.filerCode()) {
                    throw new OptionRefused("Periodic Monthly Statement enrollment is per importer number: the "
                            + "importer enrolls, and its filers' entries go onto its monthly statement.");
                }
                if (open(importer.identifierId(), kind).isPresent()) {
                    throw new OptionRefused("This " + (importer.filerCode() ? "filer code" : "importer number")
                            + " already has " + article(kind) + " " + kind.title()
                            + " that has not ended: end it before applying again.");
                }
                if (kind == OptionKind.PMS && open(importer.identifierId(), OptionKind.ACH_DEBIT)
                        .filter(o -> o.status().equals("ACTIVE")).isEmpty()) {
                    throw new OptionRefused("Periodic Monthly Statement needs an active ACH debit (a payer unit "
                            + "number) for this importer number: apply for ACH debit first.");
                }
                Instant now = clock.instant();
                BankAccountNumber account = application.account();
                jdbc.sql("""
                        insert into payment_option (id, identifier_id, sub_account_id, kind, status, payer_name,
                            contact_name, contact_phone, contact_email, routing_number, account_type, account_cipher,
                            account_last4, pms_print_day, applied_by, applied_at, updated_at, payer_kind)
                        values (?, ?, ?, ?, 'APPLIED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).param(id).param(importer.identifierId()).param(importer.subAccount().value())
                        .param(kind.name()).param(application.payerName()).param(application.contactName())
                        .param(application.contactPhone()).param(application.contactEmail())
                        .param(application.routing() == null ? null : application.routing().value())
                        .param(application.accountType())
                        .param(account == null ? null : cipher.encrypt(account.digits(),
                                RefundBankColumns.OPTION_ACCOUNT.binding(id.toString())))
                        .param(account == null ? null : account.lastFour()).param(application.printDay())
                        .param(user.value()).param(Timestamp.from(now)).param(Timestamp.from(now))
                        .param(importer.filerCode() ? "FILER_CODE" : "IMPORTER_NUMBER").update();
                event(id, now, userName, "APPLIED", null);
                audit.record(AuditRecord.of(APPLIED, AuditOutcome.SUCCESS).actor(actor)
                        .object("PAYMENT_OPTION", id).detail("kind", kind.name())
                        .detail(importer.filerCode() ? "filerCode" : "importerNumber", importer.identifierId()));
                mail.send(user, "PAYMENT_OPTION_APPLIED", kind.title() + " application received",
                        "Your application for " + kind.title() + " for " + importer.label() + " was received and "
                                + "waits for customs.\n\nFollow it: " + links.link("/payments/options/"
                                + importer.identifierId()) + "\n");
            });
        }
        catch (OptionRefused refused) {
            audit.record(AuditRecord.of(APPLIED, AuditOutcome.DENIED).actor(actor).object("IMPORTER_NUMBER",
                    importer.identifierId()).detail("kind", kind.name()).detail("reason", refused.getMessage()));
            throw refused;
        }
        return id;
    }

    /** A customs officer's move on an option. */
    PaymentOption move(UUID optionId, Move move, @Nullable String note, AuditActor officer) {
        try {
            return transaction.execute(status -> {
                PaymentOption option = find(optionId).orElseThrow(() -> new OptionRefused("No such payment option."));
                lock(option.identifierId());
                option = find(optionId).orElseThrow();
                if (!move.from.contains(option.status())) {
                    throw new OptionRefused("A " + option.kindTitle() + " that is " + option.status()
                            + " cannot be moved to " + move.path() + ".");
                }
                String to = switch (move) {
                    case APPROVE -> approve(option, officer);
                    case PRENOTE_RECEIVED -> {
                        if (option.kind() != OptionKind.ACH_CREDIT) {
                            throw new OptionRefused("Only an ACH credit has a prenote.");
                        }
                        yield "ACTIVE";
                    }
                    case REJECT, END -> "ENDED";
                    case SUSPEND -> "SUSPENDED";
                    case REINSTATE -> {
                        if (option.kind() == OptionKind.PMS && activeDebit(option.identifierId()).isEmpty()) {
                            throw new OptionRefused("Reinstate the ACH debit of this importer number first.");
                        }
                        yield "ACTIVE";
                    }
                };
                change(option, to, note, officer.name(), move == Move.APPROVE && option.kind() == OptionKind.ACH_DEBIT
                        ? "Approved; payer unit number assigned" : note);
                if (option.kind() == OptionKind.ACH_DEBIT && (to.equals("SUSPENDED") || to.equals("ENDED"))) {
                    open(option.identifierId(), OptionKind.PMS).filter(p -> !p.status().equals(to))
                            .ifPresent(pms -> change(pms, to, null, officer.name(), "Its ACH debit was "
                                    + to.toLowerCase(Locale.ROOT)));
                }
                audit.record(AuditRecord.of(DECIDED, AuditOutcome.SUCCESS).actor(officer)
                        .object("PAYMENT_OPTION", optionId).detail("move", move.path()).detail("to", to));
                PaymentOption moved = find(optionId).orElseThrow();
                mail.send(new UserId(appliedBy(optionId)), "PAYMENT_OPTION_CHANGED", moved.kindTitle() + ": "
                                + moved.statusTitle().toLowerCase(Locale.ROOT),
                        "Customs changed your " + moved.kindTitle() + ": it is now " + moved.statusTitle()
                                .toLowerCase(Locale.ROOT) + (moved.payerUnitNumber() == null ? "" : " (payer unit "
                                + "number " + moved.payerUnitNumber() + ")") + ".\n\nSee it: " + links.link(
                                "/payments/options/" + moved.identifierId()) + "\n");
                return moved;
            });
        }
        catch (OptionRefused refused) {
            audit.record(AuditRecord.of(DECIDED, AuditOutcome.DENIED).actor(officer).object("PAYMENT_OPTION", optionId)
                    .detail("move", move.path()).detail("reason", refused.getMessage()));
            throw refused;
        }
    }

    /** The trade ends its own option (and the PMS enrollment resting on an ACH debit it ends). */
    void endByTrade(PayerNumberHeld importer, UUID optionId, UserId user, String userName) {
        AuditActor actor = AuditActor.user(user.value(), userName);
        try {
            transaction.executeWithoutResult(status -> {
                lock(importer.identifierId());
                PaymentOption option = find(optionId).filter(o -> o.identifierId().equals(importer.identifierId()))
                        .orElseThrow(() -> new OptionRefused("No such payment option of this "
                                + (importer.filerCode() ? "filer code." : "importer number.")));
                if (option.ended()) {
                    throw new OptionRefused("That " + option.kindTitle() + " has already ended.");
                }
                change(option, "ENDED", null, userName, "Ended by the trade");
                if (option.kind() == OptionKind.ACH_DEBIT) {
                    open(importer.identifierId(), OptionKind.PMS).ifPresent(pms -> change(pms, "ENDED", null,
                            userName, "Its ACH debit was ended"));
                }
                audit.record(AuditRecord.of(DECIDED, AuditOutcome.SUCCESS).actor(actor)
                        .object("PAYMENT_OPTION", optionId).detail("move", "end").detail("to", "ENDED"));
            });
        }
        catch (OptionRefused refused) {
            audit.record(AuditRecord.of(DECIDED, AuditOutcome.DENIED).actor(actor).object("PAYMENT_OPTION", optionId)
                    .detail("move", "end").detail("reason", refused.getMessage()));
            throw refused;
        }
    }

    private String approve(PaymentOption option, AuditActor officer) {
        return switch (option.kind()) {
            case ACH_DEBIT -> {
                String pun = String.format(Locale.ROOT, "%06d", jdbc.sql("select nextval('payer_unit_number_seq')")
                        .query(Long.class).single());
                jdbc.sql("update payment_option set payer_unit_number = ? where id = ?").param(pun)
                        .param(option.id()).update();
                event(option.id(), clock.instant(), officer.name(), "APPROVED", "Payer unit number " + pun);
                yield "ACTIVE";
            }
            case ACH_CREDIT -> "APPROVED";
            case PMS -> {
                if (activeDebit(option.identifierId()).isEmpty()) {
                    throw new OptionRefused("The importer number's ACH debit is no longer active: PMS cannot be "
                            + "approved without it.");
                }
                yield "ACTIVE";
            }
        };
    }

    private void change(PaymentOption option, String to, @Nullable String note, String actor, @Nullable String line) {
        Instant now = clock.instant();
        jdbc.sql("update payment_option set status = ?, updated_at = ? where id = ?").param(to)
                .param(Timestamp.from(now)).param(option.id()).update();
        event(option.id(), now, actor, to, note != null && !note.isBlank() ? note : line);
    }

    private Optional<PaymentOption> open(UUID identifierId, OptionKind kind) {
        return of(identifierId).stream().filter(o -> o.kind() == kind && !o.ended()).findFirst();
    }

    private Optional<PaymentOption> activeDebit(UUID identifierId) {
        return open(identifierId, OptionKind.ACH_DEBIT).filter(o -> o.status().equals("ACTIVE"));
    }

    private UUID appliedBy(UUID optionId) {
        return jdbc.sql("select applied_by from payment_option where id = ?").param(optionId).query(UUID.class).single();
    }

    private void event(UUID optionId, Instant at, String actor, String status, @Nullable String note) {
        jdbc.sql("""
                insert into payment_option_event (option_id, seq, at, actor, status, note)
                values (?, (select coalesce(max(seq), 0) + 1 from payment_option_event where option_id = ?), ?, ?, ?, ?)
                """).param(optionId).param(optionId).param(Timestamp.from(at)).param(actor).param(status).param(note)
                .update();
    }

    private void lock(UUID identifierId) {
        TransactionLock.hold(jdbc, "payment-option." + identifierId);
    }


    private static PaymentOption option(ResultSet rs, int row) throws SQLException {
        Integer day = rs.getObject("pms_print_day", Integer.class);
        return new PaymentOption(rs.getObject("id", UUID.class), rs.getObject("identifier_id", UUID.class),
                "FILER_CODE".equals(rs.getString("payer_kind")), OptionKind.valueOf(rs.getString("kind")),
                rs.getString("status"), rs.getString("payer_unit_number"), rs.getString("payer_name"),
                rs.getString("routing_number"), rs.getString("account_last4"), day,
                rs.getTimestamp("applied_at").toInstant(), List.of());
    }

    private static String article(OptionKind kind) {
        return kind == OptionKind.ACH_DEBIT || kind == OptionKind.ACH_CREDIT ? "an" : "a";
    }

    static Map<String, String> movesOf(PaymentOption option) {
        Map<String, String> moves = new LinkedHashMap<>();
        for (Move move : Move.values()) {
            if (move.from.contains(option.status()) && (move != Move.PRENOTE_RECEIVED
                    || option.kind() == OptionKind.ACH_CREDIT)) {
                moves.put(move.path(), switch (move) {
                    case APPROVE -> option.kind() == OptionKind.ACH_DEBIT ? "Approve and assign a payer unit number"
                            : "Approve";
                    case PRENOTE_RECEIVED -> "Prenote received: make it active";
                    case REJECT -> "Reject";
                    case SUSPEND -> "Suspend";
                    case REINSTATE -> "Reinstate";
                    case END -> "End";
                });
            }
        }
        return moves;
    }
}
