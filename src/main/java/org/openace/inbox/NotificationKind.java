package org.openace.inbox;

import java.util.Optional;

/** What a notification tells, as users choose their e-mail alerts by it. */
enum NotificationKind {
    ENTRY_ACCEPTED("Entry summary accepted", "accepted"),
    ENTRY_REJECTED("Entry summary rejected", "rejected: resubmit it"),
    HOLD_PLACED("Hold placed on cargo", "held"),
    HOLD_LIFTED("Hold lifted", "hold lifted"),
    CARGO_RELEASED("Cargo released", "released"),
    LIQUIDATION_SCHEDULED("Liquidation scheduled", "scheduled to liquidate"),
    ENTRY_LIQUIDATED("Entry liquidated", "liquidated"),
    FORM_ISSUED("CBP form issued", "issued"),
    FORM_ANSWERED("CBP form answered", "answered"),
    FORM_ASKED_AGAIN("More information asked on a CBP form", "more information asked"),
    FORM_CLOSED("CBP form closed", "closed"),
    PROTEST_FILED("Protest filed", "filed"),
    PROTEST_DECIDED("Protest decided", "decided");

    private final String title;
    private final String verb;

    NotificationKind(String title, String verb) {
        this.title = title;
        this.verb = verb;
    }

    /** "Entry summary rejected": the kind as the inbox's filter and the preferences page name it. */
    public String title() {
        return title;
    }

    /** What happened, after the thing's name: "rejected: resubmit it". */
    String verb() {
        return verb;
    }

    public boolean aboutForm() {
        return name().startsWith("FORM_");
    }

    public boolean aboutProtest() {
        return name().startsWith("PROTEST_");
    }

    /** The kind of a name as typed (a filter, a form field); empty for anything else. */
    static Optional<NotificationKind> of(String name) {
        for (NotificationKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
