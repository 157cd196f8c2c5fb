package org.openace.notification.internal;

import java.util.UUID;

/**
 * A message was written to the outbox (in the transaction of the change that caused it). Published through the
 * event publication registry, so that its delivery starts right after the commit and is not lost if the node stops
 * in between.
 *
 * @param mailId the outbox row
 */
public record MailQueued(UUID mailId) {
}
