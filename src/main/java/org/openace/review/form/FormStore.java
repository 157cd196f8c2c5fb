package org.openace.review.form;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.EntitledScope;
import org.openace.account.PortCode;
import org.openace.filing.ReviewedEntry;
import org.openace.review.form.FormKind.Notice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The forms, their steps and the answers' rows, in explicit SQL. Lists are narrowed in the database: a trade user's
 * to the forms of the importers their reviews rights reach, and to the courtesy copies of the entries their filer
 * codes filed where the importer's sub-account designates the filer code; an officer's to their ports.
 */
@Component
public class FormStore {

    /** Whose forms a list holds. */
    public sealed interface Audience {
        /** A trade user with the reviews right, by the scope of that right. */
        record Trade(EntitledScope scope) implements Audience {
        }

        /** A customs officer, at their ports. */
        record Officer(List<PortCode> ports) implements Audience {
        }
    }

    /**
     * Which forms a list shows: open ones only or all, of one kind or any, at one port or any, in a status or any,
     * due within dates (both included) or whenever.
     */
    public record Filter(boolean openOnly, @Nullable FormKind kind, @Nullable PortCode port,
                         @Nullable FormStatus status, @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo) {

        public Filter(boolean openOnly, @Nullable FormKind kind, @Nullable PortCode port, @Nullable FormStatus status) {
            this(openOnly, kind, port, status, null, null);
        }
    }

    private final JdbcClient jdbc;

    FormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextActionNumber(FormKind kind, LocalDate on) {
        long seq = jdbc.sql("select nextval('cbp_form_seq')").query(Long.class).single();
        return kind.numberPrefix() + "-" + on.getYear() + "-" + String.format(java.util.Locale.ROOT, "%06d", seq);
    }

    void insert(CbpForm form, ReviewedEntry entry, Instant at) {
        jdbc.sql("""
                insert into cbp_form (action_number, form, entry_number, port, filer_code, importer_display, importer_digest,
                    importer_sub_account_id, importer_identifier_id, filer_sub_account_id, filer_identifier_id,
                    subject, notice, body, entry_change, status, round, issued_by, issued_by_name, issued_at,
                    issued_on, due_on, follows, updated_at)
                values (:number, :form, :entry, :port, :filer, :importer, :digest, :importerSub, :importerId, :filerSub,
                    :filerId, :subject, :notice, :body, :change, :status, :round, :issuedBy, :issuedByName, :at,
                    :on, :due, :follows, :at)
                """).param("number", form.actionNumber()).param("form", form.kind().name())
                .param("entry", form.entryNumber()).param("port", form.port().value())
                .param("filer", form.filerCode()).param("importer", form.importerDisplay())
                .param("digest", entry.importerDigest())
                .param("importerSub", entry.importerSubAccount() == null ? null : entry.importerSubAccount().value())
                .param("importerId", entry.importerIdentifier())
                .param("filerSub", entry.filerSubAccount() == null ? null : entry.filerSubAccount().value())
                .param("filerId", entry.filerIdentifier())
                .param("subject", form.subject().name())
                .param("notice", form.notice() == Notice.NONE ? null : form.notice().name())
                .param("body", form.body()).param("change", form.entryChange())
                .param("status", form.status().name()).param("round", form.round())
                .param("issuedBy", form.issuedBy()).param("issuedByName", form.issuedByName())
                .param("at", Timestamp.from(at)).param("on", Date.valueOf(form.issuedOn()))
                .param("due", date(form.dueOn())).param("follows", form.follows()).update();
    }

    /** The form, its row locked until the transaction ends (to move it). */
    Optional<CbpForm> lock(String actionNumber) {
        return jdbc.sql("select * from cbp_form where action_number = ? for update").param(actionNumber)
                .query(FormStore::form).optional();
    }

    public Optional<CbpForm> find(String actionNumber) {
        return jdbc.sql("select * from cbp_form where action_number = ?").param(actionNumber)
                .query(FormStore::form).optional();
    }

    void update(CbpForm form, Instant at) {
        jdbc.sql("""
                update cbp_form set status = ?, round = ?, due_on = ?, answered_at = ?, closed_at = ?,
                    closed_by_name = ?, assigned_to = ?, updated_at = ?
                where action_number = ?
                """).param(form.status().name()).param(form.round()).param(date(form.dueOn()))
                .param(timestamp(form.answeredAt())).param(timestamp(form.closedAt())).param(form.closedByName())
                .param(form.assignedTo()).param(Timestamp.from(at)).param(form.actionNumber()).update();
    }

    void step(String actionNumber, FormStep.Kind kind, int round, String actor, @Nullable String note,
              @Nullable LocalDate dueOn, Instant at) {
        jdbc.sql("""
                insert into cbp_form_step (action_number, seq, occurred_at, kind, round, actor_name, note, due_on)
                select :number, coalesce(max(seq), 0) + 1, :at, :kind, :round, :actor, :note, :due
                from cbp_form_step where action_number = :number
                """).param("number", actionNumber).param("at", Timestamp.from(at)).param("kind", kind.name())
                .param("round", round).param("actor", actor).param("note", note).param("due", date(dueOn)).update();
    }

    public List<FormStep> steps(String actionNumber) {
        return jdbc.sql("""
                        select seq, occurred_at, kind, round, actor_name, note, due_on from cbp_form_step
                        where action_number = ? order by seq
                        """).param(actionNumber)
                .query((rs, n) -> new FormStep(rs.getInt("seq"), rs.getTimestamp("occurred_at").toInstant(),
                        FormStep.Kind.valueOf(rs.getString("kind")), rs.getInt("round"), rs.getString("actor_name"),
                        rs.getString("note"), localDate(rs.getDate("due_on")))).list();
    }

    /** The forms of an entry, newest first. */
    public List<CbpForm> ofEntry(String entryNumber) {
        return jdbc.sql("select * from cbp_form where entry_number = ? order by issued_at desc, action_number desc")
                .param(entryNumber).query(FormStore::form).list();
    }

    /** The forms an audience sees, open ones by due date first, at most {@code limit} from {@code offset}. */
    public List<CbpForm> list(Audience audience, Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select f.* from cbp_form f where ").append(visibleTo(audience, params));
        if (filter.openOnly()) {
            sql.append(" and f.status <> 'CLOSED'");
        }
        if (filter.kind() != null) {
            sql.append(" and f.form = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.port() != null) {
            sql.append(" and f.port = :port");
            params.put("port", filter.port().value());
        }
        if (filter.status() != null) {
            sql.append(" and f.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.dueFrom() != null) {
            sql.append(" and f.due_on >= :dueFrom");
            params.put("dueFrom", Date.valueOf(filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            sql.append(" and f.due_on <= :dueTo");
            params.put("dueTo", Date.valueOf(filter.dueTo()));
        }
        sql.append(" ").append("""
                 order by case f.status when 'AWAITING_ANSWER' then 0 when 'ANSWERED' then 1 when 'NOTIFIED' then 2
                     else 3 end, f.due_on nulls last, f.issued_at desc, f.action_number desc
                 limit :limit offset :offset""");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(FormStore::form).list();
    }

    /** Whether a trade audience sees the form only as the filer's courtesy copy (it may then not answer). */
    static String visibleTo(Audience audience, Map<String, Object> params) {
        return switch (audience) {
            case Audience.Officer officer -> {
                params.put("ports", officer.ports().stream().map(PortCode::value).toArray(String[]::new));
                yield "f.port = any(cast(:ports as char(4)[]))";
            }
            case Audience.Trade trade -> {
                params.putAll(trade.scope().parameters());
                yield "(exists (select 1 from " + trade.scope().table("ent") + """
                         where ent.sub_account_id = f.importer_sub_account_id
                           and (ent.importer_identifier_id is null or ent.importer_identifier_id = f.importer_identifier_id)
                           and (ent.port = '9900' or ent.port = f.port))
                        or exists (select 1 from form_copy_designation d
                                   join\s""" + trade.scope().table("fil") + """
                                     on fil.sub_account_id = f.filer_sub_account_id
                                   where d.importer_sub_account_id = f.importer_sub_account_id
                                     and d.filer_code = f.filer_code
                                     and (fil.filer_identifier_id is null or fil.filer_identifier_id = f.filer_identifier_id)
                                     and (fil.port = '9900' or fil.port = f.port)))""";
            }
        };
    }

    /** Whether the importer's sub-account designates the filer code for courtesy copies of its forms. */
    public boolean designated(@Nullable UUID importerSubAccount, String filerCode) {
        return importerSubAccount != null && jdbc.sql("""
                select exists (select 1 from form_copy_designation where importer_sub_account_id = ? and filer_code = ?)
                """).param(importerSubAccount).param(filerCode).query(Boolean.class).single();
    }

    static CbpForm form(ResultSet rs, int row) throws SQLException {
        String notice = rs.getString("notice");
        return new CbpForm(rs.getString("action_number"), FormKind.valueOf(rs.getString("form")),
                notice == null ? Notice.NONE : Notice.valueOf(notice), rs.getString("entry_number"),
                new PortCode(rs.getString("port")), rs.getString("filer_code"), rs.getString("importer_display"),
                FormSubject.valueOf(rs.getString("subject")), rs.getString("body"), rs.getString("entry_change"),
                FormStatus.valueOf(rs.getString("status")), rs.getInt("round"),
                rs.getObject("issued_by", UUID.class), rs.getString("issued_by_name"),
                rs.getTimestamp("issued_at").toInstant(), rs.getDate("issued_on").toLocalDate(),
                localDate(rs.getDate("due_on")), instant(rs.getTimestamp("answered_at")),
                instant(rs.getTimestamp("closed_at")), rs.getString("closed_by_name"), rs.getString("follows"),
                rs.getObject("assigned_to", UUID.class));
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
