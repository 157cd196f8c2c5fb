package org.openace.inbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.filing.EntryNumber;

/**
 * One fact to tell, as an event says it: its id (the same for the same fact, so that a redelivered event is told once),
 * its kind, what it is about (an entry, a CBP form on an entry, a protest) and when; a due date where one is asked.
 * Nothing here is personal data: it is what a mail may say.
 */
record Notice(UUID id, NotificationKind kind, @Nullable String entryNumber, @Nullable String actionNumber,
              @Nullable String form, @Nullable String protestNumber, LocalDate occurredOn, @Nullable LocalDate dueOn) {

    /** The id of a fact named by a key that only that fact has ("ENTRY_REJECTED:D3M90000015:2"). */
    static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("openace-inbox:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static Notice aboutEntry(String key, NotificationKind kind, String entryNumber, LocalDate on,
                             @Nullable LocalDate due) {
        return new Notice(idOf(key), kind, entryNumber, null, null, null, on, due);
    }

    static Notice aboutForm(String key, NotificationKind kind, String actionNumber, String form, String entryNumber,
                            LocalDate on, @Nullable LocalDate due) {
        return new Notice(idOf(key), kind, entryNumber, actionNumber, form, null, on, due);
    }

    static Notice aboutProtest(String key, NotificationKind kind, String protestNumber, LocalDate on) {
        return new Notice(idOf(key), kind, null, null, null, protestNumber, on, null);
    }

    /** The page that shows what the notice is about, for a trade user or for an officer. */
    String link(boolean officer) {
        if (actionNumber != null) {
            return (officer ? "/officer/reviews/" : "/reviews/forms/") + actionNumber;
        }
        if (protestNumber != null) {
            return (officer ? "/officer/protests/" : "/reviews/protests/") + protestNumber;
        }
        return "/entries/" + shownEntry(entryNumber);
    }

    /** "CBP Form 28 28-2026-000001 on entry D3M-9000001-5: issued, answer by 2027-01-06", one line. */
    String sentence() {
        return sentence(kind, entryNumber, actionNumber, form, protestNumber, dueOn);
    }

    static String sentence(NotificationKind kind, @Nullable String entryNumber, @Nullable String actionNumber,
                           @Nullable String form, @Nullable String protestNumber, @Nullable LocalDate dueOn) {
        String due = dueOn == null ? ""
                : kind == NotificationKind.ENTRY_REJECTED ? " by " + dueOn
                : kind == NotificationKind.LIQUIDATION_SCHEDULED ? " on " + dueOn
                : kind.aboutForm() ? ", answer by " + dueOn : "";
        if (actionNumber != null) {
            return formName(form) + " " + actionNumber + " on entry " + shownEntry(entryNumber) + ": " + kind.verb()
                    + due;
        }
        if (protestNumber != null) {
            return "Protest " + protestNumber + ": " + kind.verb();
        }
        return "Entry " + shownEntry(entryNumber) + ": " + kind.verb() + due;
    }

    /** "CBP Form 28" for "CF28". */
    static String formName(@Nullable String form) {
        return form == null ? "CBP form" : "CBP Form " + form.replaceFirst("^CF", "");
    }

    /** An entry number as people write it ("D3M-9000001-5"). */
    static String shownEntry(@Nullable String entryNumber) {
        if (entryNumber == null) {
            return "";
        }
        return EntryNumber.tryParse(entryNumber).map(EntryNumber::formatted).orElse(entryNumber.strip());
    }
}
