package org.openace.webhook.delivery;

/**
 * A webhook request refused, with the field it is about ({@code url}, {@code description}, {@code events}, or
 * {@code endpoint} for the endpoint as a whole), a code for the API ({@code VALIDATION_FAILED} for a field's value,
 * {@code WEBHOOK_PAUSED}, {@code TOO_MANY_ENDPOINTS}) and a sentence for the user; nothing was stored.
 */
class WebhookRefused extends RuntimeException {

    static final String VALIDATION_FAILED = "VALIDATION_FAILED";

    private final String field;
    private final String code;

    WebhookRefused(String field, String message) {
        this(field, VALIDATION_FAILED, message);
    }

    WebhookRefused(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }

    /** Whether it is about a value the user gave (400), not the state of the endpoint or account (409). */
    boolean aboutAValue() {
        return VALIDATION_FAILED.equals(code);
    }
}
