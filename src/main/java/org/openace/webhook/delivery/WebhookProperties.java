package org.openace.webhook.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook settings (issue 11, R3; ADR 017).
 *
 * @param allowPrivateAddresses accept endpoints on loopback, link-local, private and unique-local addresses, and plain
 *                              http to those (tests and the demo only: never in production)
 * @param connectTimeout        how long an attempt waits to connect to the receiver
 * @param readTimeout           how long an attempt waits for the receiver's answer once connected
 * @param maxAttempts           attempts at one delivery before it is given up as failed
 * @param pauseAfterFailures    consecutive failed attempts (of any deliveries) after which an endpoint is paused
 * @param dispatcherThreads     attempts running at once on a node (each holds one thread while it waits)
 * @param pollInterval          how often a node looks for deliveries due
 * @param keepDeliveries        how long finished deliveries (delivered or failed) and their attempts are kept
 */
@ConfigurationProperties("openace.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("5") int pauseAfterFailures,
        @DefaultValue("4") int dispatcherThreads,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30d") Duration keepDeliveries) {

    public WebhookProperties {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("openace.webhooks.max-attempts must be from 1 to 20");
        }
        if (pauseAfterFailures < 1) {
            throw new IllegalArgumentException("openace.webhooks.pause-after-failures must be at least 1");
        }
        if (dispatcherThreads < 1 || dispatcherThreads > 64) {
            throw new IllegalArgumentException("openace.webhooks.dispatcher-threads must be from 1 to 64");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("openace.webhooks time-outs must be above zero");
        }
    }

    /** How long a claimed attempt may run before another node may take the delivery again. */
    Duration lease() {
        return connectTimeout.plus(readTimeout).plusSeconds(30);
    }
}
