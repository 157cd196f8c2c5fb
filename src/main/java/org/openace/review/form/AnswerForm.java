package org.openace.review.form;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.document.DocumentRefused;
import org.openace.document.Documents;
import org.openace.document.StoredDocument;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryReviews;
import org.openace.filing.ReviewStep;
import org.openace.review.CbpFormAnswered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trade's answer to the round a form waits on: a draft kept between visits (its text and documents, saved as
 * often as wished), then submitted to CBP, which moves the form to answered, with a step, a line in the entry's
 * history, an audit record and a {@link CbpFormAnswered} event. Documents go to the document store in the same
 * transaction: one refused (type, size) or cut off refuses the whole save and nothing of it is kept. Only while the
 * form waits for an answer; the caller has checked that the user may answer for the importer.
 */
@Component
public class AnswerForm {

    static final int BODY_MAX = 20_000;
    static final int DOCUMENTS_MAX = 20;

    /** A file the user sent with the answer. */
    public record Upload(String fileName, ContentSource content) {
    }

    /** Opens an upload's content (once). */
    @FunctionalInterface
    public interface ContentSource {
        InputStream open() throws IOException;
    }

    private final FormStore store;
    private final Documents documents;
    private final EntryReviews entries;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerForm(FormStore store, Documents documents, EntryReviews entries, JdbcClient jdbc, AuditTrail audit,
               ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.entries = entries;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Saves the draft of the current round: its text replaced, the uploads added to its documents. */
    @Transactional(rollbackFor = Exception.class)
    public Answer saveDraft(String actionNumber, String body, List<Upload> uploads, AuditActor user)
            throws DocumentRefused, IOException {
        CbpForm form = waiting(actionNumber);
        Answer draft = write(form, body, uploads, user);
        audit.record(AuditRecord.of("CBP_FORM_ANSWER_SAVED", AuditOutcome.SUCCESS).actor(user)
                .object("CBP_FORM", actionNumber).detail("round", form.round())
                .detail("documents", draft.documents().size()));
        return draft;
    }

    /** Takes a document off the current round's draft. */
    @Transactional
    public void removeDocument(String actionNumber, UUID documentId, AuditActor user) {
        CbpForm form = waiting(actionNumber);
        int removed = jdbc.sql("""
                delete from cbp_form_answer_document d using cbp_form_answer a
                where d.answer_id = a.id and a.action_number = ? and a.round = ? and a.status = 'DRAFT'
                  and d.document_id = ?
                """).param(actionNumber).param(form.round()).param(documentId).update();
        if (removed == 0) {
            throw new FormRefused("DOCUMENT_NOT_ON_DRAFT", "That document is not on your draft answer.");
        }
        audit.record(AuditRecord.of("CBP_FORM_ANSWER_SAVED", AuditOutcome.SUCCESS).actor(user)
                .object("CBP_FORM", actionNumber).detail("round", form.round()).detail("removed", documentId));
    }

    /** Submits the current round's answer (the draft with this text and these uploads added) to CBP. */
    @Transactional(rollbackFor = Exception.class)
    public CbpForm submit(String actionNumber, String body, List<Upload> uploads, AuditActor user)
            throws DocumentRefused, IOException {
        CbpForm form = waiting(actionNumber);
        Answer answer = write(form, body, uploads, user);
        if (answer.body().isBlank() && answer.documents().isEmpty()) {
            throw new FormRefused("ANSWER_EMPTY", "Write an answer or attach a document before sending it to CBP.");
        }
        Instant at = clock.instant();
        CbpForm answered = FormMoves.answer(form, at);
        jdbc.sql("update cbp_form_answer set status = 'SUBMITTED', submitted_at = ? where id = ?")
                .param(Timestamp.from(at)).param(answer.id()).update();
        store.update(answered, at);
        store.step(actionNumber, FormStep.Kind.ANSWERED, form.round(), user.name(), null, null, at);
        entries.note(EntryNumber.parse(form.entryNumber()), ReviewStep.FORM_ANSWERED, user,
                Map.of("form", form.kind().title(), "actionNumber", actionNumber));
        audit.record(AuditRecord.of("CBP_FORM_ANSWERED", AuditOutcome.SUCCESS).actor(user)
                .object("CBP_FORM", actionNumber).detail("round", form.round())
                .detail("documents", answer.documents().size()));
        events.publishEvent(new CbpFormAnswered(actionNumber, form.kind().name(), form.entryNumber(),
                form.port().value(), form.round(), answer.documents().size()));
        return answered;
    }

    /** Every answer of the form, drafts included, by round. */
    public List<Answer> answers(String actionNumber) {
        List<Answer> answers = jdbc.sql("""
                        select id, round, status, body, saved_by_name, saved_at, submitted_at from cbp_form_answer
                        where action_number = ? order by round
                        """).param(actionNumber)
                .query((rs, n) -> new Answer(rs.getObject("id", UUID.class), rs.getInt("round"),
                        "SUBMITTED".equals(rs.getString("status")), rs.getString("body"),
                        rs.getString("saved_by_name"), rs.getTimestamp("saved_at").toInstant(),
                        rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                        List.of())).list();
        List<Answer> withDocuments = new ArrayList<>(answers.size());
        for (Answer answer : answers) {
            withDocuments.add(new Answer(answer.id(), answer.round(), answer.submitted(), answer.body(),
                    answer.savedByName(), answer.savedAt(), answer.submittedAt(), documentsOf(answer.id())));
        }
        return withDocuments;
    }

    /** A document of one of the form's answers (a submitted one only, where {@code submittedOnly}). */
    public Optional<StoredDocument> document(String actionNumber, UUID documentId, boolean submittedOnly) {
        boolean held = jdbc.sql("""
                select exists (select 1 from cbp_form_answer_document d join cbp_form_answer a on a.id = d.answer_id
                               where a.action_number = ? and d.document_id = ?
                                 and (a.status = 'SUBMITTED' or not ?))
                """).param(actionNumber).param(documentId).param(submittedOnly).query(Boolean.class).single();
        return held ? documents.find(documentId) : Optional.empty();
    }

    /** Records that someone downloaded a document of one of the form's answers (who, which form, which document). */
    public void downloaded(String actionNumber, StoredDocument document, AuditActor who) {
        audit.record(AuditRecord.of("CBP_FORM_DOCUMENT_DOWNLOADED", AuditOutcome.SUCCESS).actor(who)
                .object("DOCUMENT", document.id()).detail("actionNumber", actionNumber)
                .detail("type", document.type()).detail("size", document.size()));
    }

    private CbpForm waiting(String actionNumber) {
        CbpForm form = store.lock(actionNumber).orElseThrow(() -> new FormRefused("FORM_NOT_FOUND",
                "No CBP form has that action number."));
        FormMoves.answer(form, clock.instant()); // refused unless it waits for an answer
        return form;
    }

    private Answer write(CbpForm form, String body, List<Upload> uploads, AuditActor user)
            throws DocumentRefused, IOException {
        String text = body == null ? "" : body.strip();
        if (text.length() > BODY_MAX) {
            throw new FormRefused("ANSWER_TOO_LONG", "Write at most " + BODY_MAX + " characters; attach longer "
                    + "texts as documents.");
        }
        Instant at = clock.instant();
        UUID id = jdbc.sql("""
                        insert into cbp_form_answer (id, action_number, round, status, body, saved_by, saved_by_name,
                                                     saved_at)
                        values (?, ?, ?, 'DRAFT', ?, ?, ?, ?)
                        on conflict (action_number, round) do update set body = excluded.body,
                            saved_by = excluded.saved_by, saved_by_name = excluded.saved_by_name,
                            saved_at = excluded.saved_at
                        returning id
                        """).param(UUID.randomUUID()).param(form.actionNumber()).param(form.round()).param(text)
                .param(user.id()).param(user.name()).param(Timestamp.from(at)).query(UUID.class).single();
        int held = jdbc.sql("select count(*) from cbp_form_answer_document where answer_id = ?").param(id)
                .query(Integer.class).single();
        if (held + uploads.size() > DOCUMENTS_MAX) {
            throw new FormRefused("TOO_MANY_DOCUMENTS", "An answer takes at most " + DOCUMENTS_MAX
                    + " documents; combine some into one PDF.");
        }
        int position = held;
        for (Upload upload : uploads) {
            StoredDocument stored;
            try (InputStream content = upload.content().open()) {
                stored = documents.store(upload.fileName(), content, user);
            }
            jdbc.sql("""
                    insert into cbp_form_answer_document (answer_id, document_id, position) values (?, ?, ?)
                    on conflict do nothing
                    """).param(id).param(stored.id()).param(++position).update();
        }
        return new Answer(id, form.round(), false, text, user.name(), at, null, documentsOf(id));
    }

    private List<StoredDocument> documentsOf(UUID answer) {
        List<UUID> ids = jdbc.sql("select document_id from cbp_form_answer_document where answer_id = ? "
                + "order by position").param(answer).query(UUID.class).list();
        return ids.stream().map(documents::find).flatMap(Optional::stream).toList();
    }
}
