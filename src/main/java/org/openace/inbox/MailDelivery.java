package org.openace.inbox;

import java.util.Optional;

/** How a user wants to be mailed about one kind of notification. */
enum MailDelivery {
    OFF("No e-mail"),
    IMMEDIATE("An e-mail at once"),
    DIGEST("In the daily digest");

    private final String title;

    MailDelivery(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    static Optional<MailDelivery> of(String name) {
        for (MailDelivery delivery : values()) {
            if (delivery.name().equals(name)) {
                return Optional.of(delivery);
            }
        }
        return Optional.empty();
    }
}
