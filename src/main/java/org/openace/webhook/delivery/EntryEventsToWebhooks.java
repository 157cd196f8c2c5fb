package org.openace.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.EntitledUsers;
import org.openace.account.SubAccountId;
import org.openace.account.TradeAccountRegister;
import org.openace.filing.EntryDeemedLiquidated;
import org.openace.filing.EntryFacts;
import org.openace.filing.EntryLiquidated;
import org.openace.filing.EntryReviews;
import org.openace.filing.EntrySummaryAccepted;
import org.openace.filing.EntrySummaryRejected;
import org.openace.filing.HoldLifted;
import org.openace.filing.HoldPlaced;
import org.openace.filing.ReviewedEntry;
import org.openace.review.CbpFormIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes a delivery row for each endpoint that asked for an entry event, in the accounts that see the entry: the
 * importer's (by importer number) and the filer's (by filer code), as the filing module's visibility says; for a CBP
 * form, the accounts holding the sub-accounts the review module shows it from: the importer's, and the filer's where
 * the importer designates that broker for courtesy copies. Runs after the filing's commit, on the event publication registry's thread (retried from it if the node
 * dies), so a filing never waits for webhooks; the row is the outbox that the {@link WebhookDispatcher} sends from.
 * The event's id is derived from the event itself, so that a repeated publication writes no second delivery.
 */
@Component
class EntryEventsToWebhooks {

    /** The data kind of CBP forms' action numbers (the review module's resolver). */
    private static final String FORM = "cbp-form";

    private final EntryReviews entries;
    private final TradeAccountRegister accounts;
    private final EntitledUsers holders;
    private final WebhookStore store;
    private final Webhooks webhooks;
    private final Clock clock;

    EntryEventsToWebhooks(EntryReviews entries, TradeAccountRegister accounts, EntitledUsers holders,
                          WebhookStore store, Webhooks webhooks, Clock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.holders = holders;
        this.store = store;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EntrySummaryAccepted accepted) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summaryDate", accepted.summaryDate().toString());
        data.put("entryDate", accepted.entryDate().toString());
        data.put("liquidationDeadline", accepted.liquidationDeadline().toString());
        entryEvent(WebhookEventType.ENTRY_SUMMARY_ACCEPTED, accepted.entry(), accepted.on().toString(), data, "");
    }

    @ApplicationModuleListener
    void on(EntrySummaryRejected rejected) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reasons", rejected.reasons());
        data.put("resubmitBy", rejected.resubmitBy().toString());
        entryEvent(WebhookEventType.ENTRY_SUMMARY_REJECTED, rejected.entry(), rejected.on().toString(), data, "");
    }

    @ApplicationModuleListener
    void on(HoldPlaced placed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("holdNumber", placed.holdNumber());
        data.put("authority", placed.authority());
        data.put("reason", placed.reason());
        entryEvent(WebhookEventType.HOLD_PLACED, placed.entry(), placed.on().toString(), data,
                String.valueOf(placed.holdNumber()));
    }

    @ApplicationModuleListener
    void on(HoldLifted lifted) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("holdNumber", lifted.holdNumber());
        data.put("authority", lifted.authority());
        data.put("stillHeld", lifted.stillHeld());
        entryEvent(WebhookEventType.HOLD_LIFTED, lifted.entry(), lifted.on().toString(), data,
                String.valueOf(lifted.holdNumber()));
    }

    @ApplicationModuleListener
    void on(EntryLiquidated liquidated) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("byOperationOfLaw", false);
        data.put("liquidatedOn", liquidated.on().toString());
        data.put("amount", liquidated.amount().amount().toPlainString());
        data.put("protestBy", liquidated.protestBy().toString());
        entryEvent(WebhookEventType.ENTRY_LIQUIDATED, liquidated.entry(), liquidated.on().toString(), data, "");
    }

    @ApplicationModuleListener
    void on(EntryDeemedLiquidated deemed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("byOperationOfLaw", true);
        data.put("liquidatedOn", deemed.deemedOn().toString());
        data.put("amount", deemed.amount().amount().toPlainString());
        data.put("protestBy", deemed.protestBy().toString());
        entryEvent(WebhookEventType.ENTRY_LIQUIDATED, deemed.entry(), deemed.on().toString(), data, "deemed");
    }

    @ApplicationModuleListener
    void on(CbpFormIssued issued) {
        Set<UUID> receivers = new LinkedHashSet<>();
        for (SubAccountId sub : holders.heldBy(FORM, issued.actionNumber())) {
            accounts.accountOf(sub).ifPresent(account -> receivers.add(account.value()));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("entryNumber", issued.entryNumber());
        entry.put("filerCode", issued.filerCode());
        entry.put("portOfEntry", issued.port());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actionNumber", issued.actionNumber());
        data.put("form", issued.form());
        if (issued.dueOn() != null) {
            data.put("answerDueOn", issued.dueOn().toString());
        }
        UUID eventId = eventId(WebhookEventType.CBP_FORM_ISSUED, issued.actionNumber());
        write(WebhookEventType.CBP_FORM_ISSUED, receivers, eventId, issued.entryNumber(), null, entry, data);
    }

    private void entryEvent(WebhookEventType type, EntryFacts facts, String on, Map<String, Object> data,
                            String distinction) {
        ReviewedEntry entry = entries.find(facts.entryNumber()).orElse(null);
        Set<UUID> receivers = new LinkedHashSet<>();
        if (entry != null) {
            for (SubAccountId sub : new SubAccountId[] {entry.importerSubAccount(), entry.filerSubAccount()}) {
                if (sub != null) {
                    accounts.accountOf(sub).ifPresent(account -> receivers.add(account.value()));
                }
            }
        }
        UUID eventId = eventId(type, facts.entryNumber().compact() + "|" + facts.version() + "|" + on + "|"
                + distinction);
        write(type, receivers, eventId, facts.entryNumber().formatted(), on, entryOf(facts), data);
    }

    private void write(WebhookEventType type, Set<UUID> receivers, UUID eventId, String entryNumber,
                       @Nullable String on, Map<String, Object> entry, Map<String, Object> data) {
        if (receivers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Map.Entry<UUID, List<UUID>> account : store.subscribers(receivers, type).entrySet()) {
            String body = webhooks.body(eventId, type, account.getKey(), now, on, entry, data);
            for (UUID endpoint : account.getValue()) {
                store.enqueue(account.getKey(), endpoint, eventId, type, entryNumber, body, now);
            }
        }
    }

    /** The entry as receivers see it: no personal data (the importer number as the filing module masks it). */
    private static Map<String, Object> entryOf(EntryFacts facts) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("entryNumber", facts.entryNumber().formatted());
        entry.put("filerCode", facts.filerCode());
        entry.put("version", facts.version());
        entry.put("entryType", facts.entryType().value());
        entry.put("portOfEntry", facts.portOfEntry().value());
        entry.put("importer", facts.importerDisplay());
        return entry;
    }

    private static UUID eventId(WebhookEventType type, String key) {
        return UUID.nameUUIDFromBytes((type.name() + "|" + key).getBytes(StandardCharsets.UTF_8));
    }
}
