package org.openace.webhook.delivery;

/**
 * A webhook request refused, with the field it is about ({@code url}, {@code description}, {@code events}, or
 * {@code endpoint} for the endpoint as a whole) and a sentence for the user; nothing was stored.
 */
class WebhookRefused extends RuntimeException {

    private final String field;

    WebhookRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
