package org.openace.webhook.delivery;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events an endpoint may ask for, by the name receivers see ({@code type} in the body and the
 * {@code OpenACE-Webhook-Event} header), and the test event an owner sends by hand (never subscribed to).
 */
enum WebhookEventType {
    ENTRY_SUMMARY_ACCEPTED("entry_summary.accepted", "Entry summary accepted"),
    ENTRY_SUMMARY_REJECTED("entry_summary.rejected", "Entry summary rejected"),
    HOLD_PLACED("hold.placed", "Hold placed on the cargo"),
    HOLD_LIFTED("hold.lifted", "Hold lifted"),
    CBP_FORM_ISSUED("cbp_form.issued", "CBP form issued (Form 28, 29 or 4647)"),
    ENTRY_LIQUIDATED("entry.liquidated", "Entry liquidated (by CBP or by operation of law)"),
    TEST("webhook.test", "Test event");

    private final String wireName;
    private final String title;

    WebhookEventType(String wireName, String title) {
        this.wireName = wireName;
        this.title = title;
    }

    public String wireName() {
        return wireName;
    }

    public String title() {
        return title;
    }

    boolean subscribable() {
        return this != TEST;
    }

    static WebhookEventType[] subscribableValues() {
        return Arrays.stream(values()).filter(WebhookEventType::subscribable).toArray(WebhookEventType[]::new);
    }

    /** By its enum name or its wire name, if it is one an endpoint may ask for. */
    static Optional<WebhookEventType> parse(String text) {
        return Arrays.stream(values()).filter(WebhookEventType::subscribable)
                .filter(t -> t.name().equals(text) || t.wireName.equals(text)).findFirst();
    }
}
