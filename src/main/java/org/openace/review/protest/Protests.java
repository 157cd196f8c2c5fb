package org.openace.review.protest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.DataRef;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.document.DocumentRefused;
import org.openace.document.Documents;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryReviews;
import org.openace.filing.ReviewStep;
import org.openace.filing.ReviewedEntry;
import org.openace.identity.UserId;
import org.openace.officer.OfficerPorts;
import org.openace.review.ProtestDecided;
import org.openace.review.ProtestFiled;
import org.openace.review.form.AnswerForm.Upload;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Protests (R4, CBP Form 19): filed by a user who may edit reviews for the importer of every entry named, against
 * the liquidation of entries of one importer at one port, each liquidated and within 180 days of its liquidation
 * (its protest window) and under no other open protest; with claims, arguments and documents. Accelerated
 * disposition is requested from 90 days after filing and may be withdrawn; an officer at the port decides (allowed,
 * denied, allowed in part) with reasons. Each step is a line in each entry's history, an audit record and an event,
 * in one transaction; anything refused stores nothing.
 */
@Component
class Protests {

    private final ProtestStore store;
    private final EntryReviews entries;
    private final AccessControl access;
    private final Documents documents;
    private final OfficerPorts ports;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Protests(ProtestStore store, EntryReviews entries, AccessControl access, Documents documents, OfficerPorts ports,
             AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.entries = entries;
        this.access = access;
        this.documents = documents;
        this.ports = ports;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(rollbackFor = Exception.class)
    Protest file(ProtestInput.Checked input, List<Upload> uploads, UserId user, AuditActor actor)
            throws DocumentRefused, IOException {
        Instant at = clock.instant();
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        List<ReviewedEntry> found = new ArrayList<>();
        for (EntryNumber number : input.entries()) {
            ReviewedEntry entry = entries.find(number).filter(e -> mayProtest(user, e)).orElseThrow(() ->
                    new ProtestRefused("ENTRY_NOT_FOUND", "Entry " + number.formatted() + " is not one you may "
                            + "protest for: no entry of an importer whose reviews you may edit has that number."));
            if (!entry.status().isFinal() || entry.liquidationDate() == null || entry.protestBy() == null) {
                throw new ProtestRefused("NOT_LIQUIDATED", "Entry " + number.formatted() + " is not liquidated: "
                        + "a protest is filed against a liquidation.");
            }
            if (today.isAfter(entry.protestBy())) {
                throw new ProtestRefused("PROTEST_WINDOW_CLOSED", "Entry " + number.formatted() + " was liquidated "
                        + "on " + entry.liquidationDate() + "; its 180 days to protest ended on " + entry.protestBy()
                        + ".");
            }
            found.add(entry);
        }
        ReviewedEntry first = found.getFirst();
        if (found.stream().anyMatch(e -> !e.port().equals(first.port()))) {
            throw new ProtestRefused("SEVERAL_PORTS", "The entries were entered at several ports: file a protest per "
                    + "port.");
        }
        if (found.stream().anyMatch(e -> !Arrays.equals(e.importerDigest(), first.importerDigest()))) {
            throw new ProtestRefused("SEVERAL_IMPORTERS", "The entries are of several importers: file a protest per "
                    + "importer.");
        }
        List<String> open = store.openlyProtested(found.stream().map(e -> e.number().compact()).toList());
        if (!open.isEmpty()) {
            throw new ProtestRefused("ALREADY_PROTESTED", "Already under a protest awaiting CBP's decision: "
                    + String.join(", ", open.stream().map(n -> EntryNumber.parse(n).formatted()).toList()) + ".");
        }
        String number = store.nextNumber(first.port(), today);
        store.insert(number, first.port(), first.importerDisplay(), first.importerDigest(),
                first.importerSubAccount() == null ? null : first.importerSubAccount().value(),
                first.importerIdentifier(), input, user.value(), actor.name(), at, today);
        for (ReviewedEntry entry : found) {
            store.insertEntry(number, new Protest.Entry(entry.number().compact(), entry.liquidationDate(),
                    entry.protestBy()));
            entries.note(entry.number(), ReviewStep.PROTEST_FILED, actor, Map.of("protestNumber", number));
        }
        int position = 0;
        for (Upload upload : uploads) {
            try (InputStream content = upload.content().open()) {
                store.insertDocument(number, documents.store(upload.fileName(), content, actor).id(), ++position);
            }
        }
        audit.record(AuditRecord.of("PROTEST_FILED", AuditOutcome.SUCCESS).actor(actor).object("PROTEST", number)
                .detail("entries", found.size()).detail("port", first.port().value())
                .detail("category", input.category()).detail("documents", uploads.size()));
        events.publishEvent(new ProtestFiled(number, first.port().value(), found.stream()
                .map(e -> e.number().compact()).toList(), first.importerSubAccount() == null ? null
                : first.importerSubAccount().value()));
        return store.find(number).orElseThrow();
    }

    /** Requests accelerated disposition (from 90 days after filing), or withdraws the request. */
    @Transactional
    Protest accelerate(String number, boolean request, AuditActor actor) {
        Protest protest = store.lock(number).orElseThrow(() -> new ProtestRefused("PROTEST_NOT_FOUND",
                "No protest has that number."));
        Instant at = clock.instant();
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        if (protest.decided() || protest.deemedDenied(today)) {
            throw new ProtestRefused("PROTEST_DECIDED", "This protest is decided: there is nothing to accelerate.");
        }
        if (request) {
            if (protest.acceleratedRequested()) {
                throw new ProtestRefused("ALREADY_REQUESTED", "Accelerated disposition is already requested.");
            }
            if (today.isBefore(protest.acceleratedFrom())) {
                throw new ProtestRefused("TOO_EARLY", "Accelerated disposition may be requested from "
                        + protest.acceleratedFrom() + ", 90 days after the protest was filed (19 U.S.C. 1515(b)).");
            }
            store.accelerated(number, today, null, at);
        }
        else {
            if (!protest.acceleratedRequested()) {
                throw new ProtestRefused("NOT_REQUESTED", "No accelerated disposition stands requested.");
            }
            store.accelerated(number, protest.acceleratedOn(), today, at);
        }
        audit.record(AuditRecord.of(request ? "PROTEST_ACCELERATION_REQUESTED" : "PROTEST_ACCELERATION_WITHDRAWN",
                AuditOutcome.SUCCESS).actor(actor).object("PROTEST", number));
        return store.find(number).orElseThrow();
    }

    /** An officer at the protest's port decides it, with reasons. */
    @Transactional
    Protest decide(String number, ProtestDecision decision, String reasons, AuditActor officer) {
        Protest protest = store.lock(number).orElseThrow(() -> new ProtestRefused("PROTEST_NOT_FOUND",
                "No protest has that number."));
        if (officer.id() == null || !ports.works(officer.id(), protest.port())) {
            audit.record(AuditRecord.of("PROTEST_REFUSED", AuditOutcome.DENIED).actor(officer)
                    .object("PROTEST", number).detail("reason", "OUTSIDE_PORTS"));
            throw new ProtestRefused("OUTSIDE_YOUR_PORTS", "This protest was filed at port " + protest.port().value()
                    + ", which is not one of your ports.");
        }
        if (protest.decided()) {
            throw new ProtestRefused("PROTEST_DECIDED", "This protest is already decided.");
        }
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty() || text.length() > 8000) {
            throw new ProtestRefused("REASONS_REQUIRED", text.isEmpty() ? "Give the reasons for the decision: the "
                    + "protestant reads them." : "Write at most 8000 characters.");
        }
        Instant at = clock.instant();
        store.decide(number, decision, text, officer.name(), at);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("protestNumber", number);
        details.put("outcome", decision.title());
        for (Protest.Entry entry : protest.entries()) {
            entries.note(EntryNumber.parse(entry.entryNumber()), ReviewStep.PROTEST_DECIDED, officer, details);
        }
        audit.record(AuditRecord.of("PROTEST_DECIDED", AuditOutcome.SUCCESS).actor(officer).object("PROTEST", number)
                .detail("decision", decision));
        events.publishEvent(new ProtestDecided(number, protest.port().value(), protest.entries().stream()
                .map(Protest.Entry::entryNumber).toList(), decision.name()));
        return store.find(number).orElseThrow();
    }

    private boolean mayProtest(UserId user, ReviewedEntry entry) {
        return entry.importerSubAccount() != null && access.may(user, AccountFunction.REVIEWS, AccessLevel.EDIT,
                new DataRef(entry.importerSubAccount(), entry.importerIdentifier(), null, entry.port()));
    }
}
