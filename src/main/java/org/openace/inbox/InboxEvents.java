package org.openace.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.EntitledUsers;
import org.openace.account.PortCode;
import org.openace.filing.CargoReleased;
import org.openace.filing.EntryDeemedLiquidated;
import org.openace.filing.EntryFacts;
import org.openace.filing.EntryLiquidated;
import org.openace.filing.EntrySummaryAccepted;
import org.openace.filing.EntrySummaryRejected;
import org.openace.filing.HoldLifted;
import org.openace.filing.HoldPlaced;
import org.openace.filing.LiquidationScheduled;
import org.openace.identity.UserId;
import org.openace.officer.Officer;
import org.openace.officer.OfficerPorts;
import org.openace.review.CbpFormAnswered;
import org.openace.review.CbpFormAskedAgain;
import org.openace.review.CbpFormClosed;
import org.openace.review.CbpFormIssued;
import org.openace.review.FormStates;
import org.openace.review.ProtestDecided;
import org.openace.review.ProtestFiled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the filing and review modules' events into notifications: who is told is worked out when the event is handled,
 * by the rights in force then. An entry's facts go to the trade users who may view the entry (the importer's side
 * by importer number, the filer's by filer code, and those they granted entries to); a CBP form's to those who may
 * view the form (the importer's users with the reviews right, and the designated broker's for a courtesy copy); a
 * protest's to those who may view the protest. An answer to a form also goes to the officer it is assigned to, or
 * else to the officers at its port; a protest filed to the officers at its port. Each notice has an id its event
 * determines, so a redelivered event (the publication registry retries one whose handling failed) writes and mails
 * nothing twice; all of one event's rows and mails commit together.
 */
@Component
class InboxEvents {

    private final EntitledUsers entitled;
    private final OfficerPorts officers;
    private final FormStates forms;
    private final Notifications notifications;
    private final InboxMail mail;
    private final Clock clock;

    InboxEvents(EntitledUsers entitled, OfficerPorts officers, FormStates forms, Notifications notifications,
                InboxMail mail, Clock clock) {
        this.entitled = entitled;
        this.officers = officers;
        this.forms = forms;
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EntrySummaryAccepted event) {
        aboutEntry(event.entry(), "" + event.entry().version(), NotificationKind.ENTRY_ACCEPTED, event.on(), null);
    }

    @ApplicationModuleListener
    void on(EntrySummaryRejected event) {
        aboutEntry(event.entry(), "" + event.entry().version(), NotificationKind.ENTRY_REJECTED, event.on(),
                event.resubmitBy());
    }

    @ApplicationModuleListener
    void on(HoldPlaced event) {
        aboutEntry(event.entry(), "" + event.holdNumber(), NotificationKind.HOLD_PLACED, event.on(), null);
    }

    @ApplicationModuleListener
    void on(HoldLifted event) {
        aboutEntry(event.entry(), "" + event.holdNumber(), NotificationKind.HOLD_LIFTED, event.on(), null);
    }

    @ApplicationModuleListener
    void on(CargoReleased event) {
        aboutEntry(event.entry(), event.entry().version() + ":" + event.on(), NotificationKind.CARGO_RELEASED,
                event.on(), null);
    }

    @ApplicationModuleListener
    void on(LiquidationScheduled event) {
        aboutEntry(event.entry(), event.liquidationDate().toString(), NotificationKind.LIQUIDATION_SCHEDULED,
                event.on(), event.liquidationDate());
    }

    @ApplicationModuleListener
    void on(EntryLiquidated event) {
        aboutEntry(event.entry(), event.on().toString(), NotificationKind.ENTRY_LIQUIDATED, event.on(), null);
    }

    @ApplicationModuleListener
    void on(EntryDeemedLiquidated event) {
        aboutEntry(event.entry(), event.deemedOn().toString(), NotificationKind.ENTRY_LIQUIDATED, event.on(), null);
    }

    @ApplicationModuleListener
    void on(CbpFormIssued event) {
        aboutForm(event.actionNumber(), event.form(), event.entryNumber(), "", NotificationKind.FORM_ISSUED,
                event.dueOn(), List.of());
    }

    @ApplicationModuleListener
    void on(CbpFormAnswered event) {
        FormStates.FormState state = forms.of(List.of(event.actionNumber())).get(event.actionNumber());
        List<UUID> told = state != null && state.assignedTo() != null ? List.of(state.assignedTo())
                : officersAt(event.port());
        aboutForm(event.actionNumber(), event.form(), event.entryNumber(), "" + event.round(),
                NotificationKind.FORM_ANSWERED, null, told);
    }

    @ApplicationModuleListener
    void on(CbpFormAskedAgain event) {
        aboutForm(event.actionNumber(), event.form(), event.entryNumber(), "" + event.round(),
                NotificationKind.FORM_ASKED_AGAIN, event.dueOn(), List.of());
    }

    @ApplicationModuleListener
    void on(CbpFormClosed event) {
        aboutForm(event.actionNumber(), event.form(), event.entryNumber(), "", NotificationKind.FORM_CLOSED, null,
                List.of());
    }

    @ApplicationModuleListener
    void on(ProtestFiled event) {
        aboutProtest(event.protestNumber(), NotificationKind.PROTEST_FILED, officersAt(event.port()));
    }

    @ApplicationModuleListener
    void on(ProtestDecided event) {
        aboutProtest(event.protestNumber(), NotificationKind.PROTEST_DECIDED, List.of());
    }

    private void aboutEntry(EntryFacts entry, String key, NotificationKind kind, LocalDate on,
                            @Nullable LocalDate due) {
        String number = entry.entryNumber().compact();
        Notice notice = Notice.aboutEntry(kind + ":" + number + ":" + key, kind, number, on, due);
        tell(notice, trade(entitled.whoMay(AccountFunction.ENTRIES, AccessLevel.VIEW, "entry", number)));
    }

    private void aboutForm(String action, String form, String entry, String key, NotificationKind kind,
                           @Nullable LocalDate due, List<UUID> officersTold) {
        Notice notice = Notice.aboutForm(kind + ":" + action + ":" + key, kind, action, form, entry,
                LocalDate.now(clock), due);
        Map<UserId, Notifications.Recipient> recipients = trade(
                entitled.whoMay(AccountFunction.REVIEWS, AccessLevel.VIEW, "cbp-form", action));
        officersTold.forEach(o -> recipients.put(new UserId(o), new Notifications.Recipient(new UserId(o), true)));
        tell(notice, recipients);
    }

    private void aboutProtest(String protest, NotificationKind kind, List<UUID> officersTold) {
        Notice notice = Notice.aboutProtest(kind + ":" + protest, kind, protest, LocalDate.now(clock));
        Map<UserId, Notifications.Recipient> recipients = trade(
                entitled.whoMay(AccountFunction.REVIEWS, AccessLevel.VIEW, "protest", protest));
        officersTold.forEach(o -> recipients.put(new UserId(o), new Notifications.Recipient(new UserId(o), true)));
        tell(notice, recipients);
    }

    private static Map<UserId, Notifications.Recipient> trade(List<UserId> users) {
        Map<UserId, Notifications.Recipient> recipients = new LinkedHashMap<>();
        users.forEach(u -> recipients.put(u, new Notifications.Recipient(u, false)));
        return recipients;
    }

    private List<UUID> officersAt(String port) {
        return PortCode.parse(port).map(p -> officers.officersAt(Set.of(p)).stream().map(Officer::id).toList())
                .orElseGet(ArrayList::new);
    }

    private void tell(Notice notice, Map<UserId, Notifications.Recipient> recipients) {
        for (Notifications.Recipient recipient : recipients.values()) {
            if (notifications.write(notice, recipient)) {
                mail.immediately(notice, recipient);
            }
        }
    }
}
